// Property-based tamper test: every value a signature covers — the record's content, the template's text and the
// signature's own fields — in every agreement template, changed one at a time, must turn a fully signed
// <mk-agreement> into "changed after signing" at the place the server-side check (checkSeals) names; the unchanged
// record must not.
import { expect, fixture, html } from '@open-wc/testing';
import '@mentorkit/elements/define/agreement.js';
import type { MkAgreement } from '@mentorkit/elements';
import { checkSeals, getTemplate, signatureStatus, unsignedProperties, validateRecord } from '@mentorkit/schemas';
import respondRecord from '../../schemas/examples/valid/respond-agreement.record.json' with { type: 'json' };
import peerRecord from '../../schemas/examples/valid/peer-group-agreement.record.json' with { type: 'json' };
import schoolRecord from '../../schemas/examples/valid/school-to-school-agreement.record.json' with { type: 'json' };
import { seededRandom, type Random } from '../support/seeded-random.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

const records: Record<string, Json> = {
  'respond-agreement': respondRecord as unknown as Json,
  'peer-group-agreement': peerRecord as unknown as Json,
  'school-to-school-agreement': schoolRecord as unknown as Json,
};

/** Fixed seed: the same replacement values on every run, so a failure can be replayed. */
const seed = 0x5eed_11;

interface Mutation {
  /** JSON Pointer of the node changed and how, for the failure message. */
  label: string;
  record: Json;
}

const pointer = (path: Path) => path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

function randomText(random: Random): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyzæøåäöüéABCDÆØÅ 0123456789-.,';
  const length = 1 + Math.floor(random() * 24);
  return Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
}

/** Another string than `text`, drawn from the seeded generator. */
function otherText(text: string, random: Random): string {
  let next = randomText(random);
  while (next === text) next = randomText(random);
  return next;
}

/** Every node under the signed part of the record, with its path (the root and unsigned members excluded). */
function signedNodes(record: Json): { path: Path; value: Json }[] {
  const nodes: { path: Path; value: Json }[] = [];
  const walk = (value: Json, path: Path) => {
    nodes.push({ path, value });
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
    else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) walk(inner, [...path, key]);
  };
  const unsigned = new Set<string>(unsignedProperties);
  for (const [key, value] of Object.entries(record as Record<string, Json>)) if (!unsigned.has(key)) walk(value, [key]);
  return nodes;
}

/** A copy of `record` with the node at `path` replaced by `change(old)`. */
function withChange(record: Json, path: Path, change: (old: Json) => Json): Json {
  const copy = structuredClone(record);
  let parent = copy as Record<string | number, Json>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  parent[last] = change(parent[last]!);
  return copy;
}

/** One-value changes of every node a signature covers: leaves get a new value, arrays grow and shrink, objects gain a key. */
function mutations(record: Json, random: Random): Mutation[] {
  const out: Mutation[] = [];
  for (const { path, value } of signedNodes(record)) {
    const at = pointer(path);
    if (typeof value === 'string')
      out.push({ label: `${at}: string → other string`, record: withChange(record, path, () => otherText(value, random)) });
    else if (typeof value === 'number') out.push({ label: `${at}: number + 1`, record: withChange(record, path, () => value + 1) });
    else if (typeof value === 'boolean') out.push({ label: `${at}: !boolean`, record: withChange(record, path, () => !value) });
    else if (value === null) out.push({ label: `${at}: null → string`, record: withChange(record, path, () => randomText(random)) });
    else if (Array.isArray(value)) {
      const extra = value.length ? structuredClone(value[Math.floor(random() * value.length)]!) : randomText(random);
      out.push({ label: `${at}: array + item`, record: withChange(record, path, () => [...value, extra]) });
      if (value.length) {
        const drop = Math.floor(random() * value.length);
        out.push({ label: `${at}: array − item ${drop}`, record: withChange(record, path, () => value.filter((_, i) => i !== drop)) });
      }
    } else {
      const key = `x-${randomText(random).replace(/\W/g, '')}${out.length}`;
      out.push({ label: `${at}: object + key ${key}`, record: withChange(record, path, () => ({ ...value, [key]: randomText(random) })) });
    }
  }
  return out;
}

async function settle(el: MkAgreement, value: Json): Promise<void> {
  el.value = structuredClone(value);
  await el.signingReady;
}

const statusText = (el: MkAgreement) => el.shadowRoot!.querySelector('[part=status]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function expectSigned(el: MkAgreement, context: string): void {
  expect(el.signingStatus?.state, context).to.equal('signed');
  expect(el.matches(':state(signed)'), `${context}: :state(signed)`).to.equal(true);
  expect(el.matches(':state(changed)'), `${context}: not :state(changed)`).to.equal(false);
  expect(statusText(el), context).to.contain('Signed by all parties');
}

let checked = 0;

/** Every change the seal must flag, in the element and by the server-side check alike. */
async function expectFlagged(el: MkAgreement, record: Json, template: unknown, context: string): Promise<void> {
  const server = await checkSeals(record, template);
  expect(server.state, `${context}: checkSeals`).to.equal('changed');
  expect(el.signingStatus!.state, context).to.equal('changed');
  expect(el.matches(':state(changed)'), `${context}: :state(changed)`).to.equal(true);
  expect(el.matches(':state(signed)'), `${context}: not :state(signed)`).to.equal(false);
  if (el.shadowRoot!.querySelector('[part=status]')) expect(statusText(el), context).to.contain('Changed after signing');
  // The element names the same places as the server.
  expect(
    el.signingStatus!.changes.map((c) => `${c.in} ${c.pointer}`),
    `${context}: same places`,
  ).to.deep.equal(server.changes.map((c) => `${c.in} ${c.pointer}`));
}

/** Changes of the template's text under the same id and version: each text reworded, the lists reordered, an item removed. */
function templateMutations(template: Json, random: Random): { label: string; template: Json }[] {
  const out: { label: string; template: Json }[] = [];
  const t = template as Record<string, Json>;
  for (const list of ['commitments', 'groundRules'] as const) {
    const items = (t[list] ?? []) as { text: string }[];
    items.forEach((item, i) => {
      out.push({
        label: `template /${list}/${i}/text reworded`,
        template: withChange(template, [list, i, 'text'], () => otherText(item.text, random)),
      });
    });
    if (items.length > 1) {
      out.push({ label: `template /${list} reordered`, template: withChange(template, [list], (old) => [...(old as Json[])].reverse()) });
      out.push({ label: `template /${list} item removed`, template: withChange(template, [list], (old) => (old as Json[]).slice(1)) });
    }
  }
  out.push({ label: 'template title reworded', template: withChange(template, ['title'], (old) => otherText(String(old), random)) });
  return out;
}

/** Changes of the signatures themselves: name (and a homoglyph), time, role, method, a duplicate. */
function signatureMutations(record: Json): Mutation[] {
  const first = (record as { signatures: Record<string, Json>[] }).signatures[0]!;
  const at = (key: string, value: Json) => withChange(record, ['signatures', 0, key], () => value);
  const name = String((first['signer'] as Record<string, Json>)['name']);
  return [
    { label: 'signer name edited', record: withChange(record, ['signatures', 0, 'signer', 'name'], () => `${name}x`) },
    {
      label: 'signer name with a homoglyph',
      record: withChange(record, ['signatures', 0, 'signer', 'name'], () =>
        name.replace(/[aeo]/, (c) => ({ a: 'а', e: 'е', o: 'о' })[c as 'a' | 'e' | 'o']),
      ),
    },
    { label: 'signedAt moved', record: at('signedAt', '2020-01-01T00:00:00Z') },
    { label: 'role changed', record: at('role', 'someone-else') },
    {
      label: first['method'] === 'typed' ? 'typed signature replaced by a drawing' : 'drawing replaced by a typed name',
      record: withChange(record, ['signatures', 0], (old) => {
        const { typedName: _t, drawing: _d, ...rest } = old as Record<string, Json>;
        return first['method'] === 'typed'
          ? { ...rest, method: 'drawn', drawing: { svgPath: 'M0 0 L20 20', width: 160, height: 60 } }
          : { ...rest, method: 'typed', typedName: name };
      }),
    },
    ...(first['method'] === 'typed' ? [{ label: 'typed name edited', record: at('typedName', `${String(first['typedName'])}.`) }] : []),
    { label: 'signature duplicated', record: withChange(record, ['signatures'], (old) => [...(old as Json[]), structuredClone(first)]) },
  ];
}

describe('<mk-agreement> tamper detection (property-based)', () => {
  after(() => {
    // Quoted in docs/security.md.
    console.log(
      `agreement-tamper: ${checked} single changes of signed agreements (content, template text, signatures) checked over ${Object.keys(records).length} templates (seed ${seed})`,
    );
  });

  for (const [id, record] of Object.entries(records)) {
    it(`flags every one-value change of a signed ${id} record, its template text and its signatures, and not the unchanged one`, async function () {
      this.timeout(300_000);
      const template = getTemplate(id)!;
      // The example record is fully signed, valid, and every signature matches what it sealed.
      expect(validateRecord(record), 'example record is valid').to.deep.equal([]);
      expect((record as { signatures: unknown[] }).signatures.length).to.be.greaterThan(0);
      expect(await signatureStatus(record, template), 'server: signed').to.equal('signed');

      const el = await fixture<MkAgreement>(html`<mk-agreement template=${id}></mk-agreement>`);
      // Control: the unchanged record is "fully signed", not flagged.
      await settle(el, record);
      expectSigned(el, 'unchanged record');

      const random = seededRandom(seed);
      const cases = [...mutations(record, random), ...signatureMutations(record)];
      expect(cases.length, 'mutations generated').to.be.greaterThan(20);
      for (const { label, record: changed } of cases) {
        await settle(el, changed);
        await expectFlagged(el, changed, template, `${id} ${label}`);
        // Back to the signed record: the flag clears, so each change is judged on its own.
        await settle(el, record);
        expectSigned(el, `${id} ${label} → restored`);
        checked++;
      }
      for (const { label, template: changedTemplate } of templateMutations(template as unknown as Json, random)) {
        el.template = changedTemplate as never;
        await el.updateComplete;
        await settle(el, record);
        await expectFlagged(el, record, changedTemplate, `${id} ${label}`);
        checked++;
      }
      el.template = id;
      await el.updateComplete;
      await settle(el, record);
      expectSigned(el, `${id} template restored`);
    });
  }
});
