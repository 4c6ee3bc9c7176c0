// Property-based tamper test: every value a signature covers, in every agreement template, changed one at a
// time, must turn a fully signed <mk-agreement> into "changed after signing"; the unchanged record must not.
import { expect, fixture, html } from '@open-wc/testing';
import '@mentorkit/elements/define/agreement.js';
import type { MkAgreement } from '@mentorkit/elements';
import { contentHash, unsignedProperties, validateRecord } from '@mentorkit/schemas';
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

describe('<mk-agreement> tamper detection (property-based)', () => {
  after(() => {
    // Quoted in docs/security.md.
    console.log(
      `agreement-tamper: ${checked} single-value changes of signed content checked over ${Object.keys(records).length} templates (seed ${seed})`,
    );
  });

  for (const [template, record] of Object.entries(records)) {
    it(`flags every one-value change of a signed ${template} record, and not the unchanged one`, async function () {
      this.timeout(300_000);
      // The example record is fully signed, valid, and every signature matches its content.
      expect(validateRecord(record), 'example record is valid').to.deep.equal([]);
      const hash = await contentHash(record as object);
      const signatures = (record as { signatures: { contentHash: string }[] }).signatures;
      expect(signatures.length).to.be.greaterThan(0);
      expect(signatures.every((s) => s.contentHash === hash)).to.equal(true);

      const el = await fixture<MkAgreement>(html`<mk-agreement template=${template}></mk-agreement>`);
      // Control: the unchanged record is "fully signed", not flagged.
      await settle(el, record);
      expectSigned(el, 'unchanged record');
      expect(el.signingStatus!.contentHash).to.equal(hash);

      const cases = mutations(record, seededRandom(seed));
      expect(cases.length, 'mutations generated').to.be.greaterThan(20);
      for (const { label, record: changed } of cases) {
        await settle(el, changed);
        const context = `${template} ${label}`;
        // The element hashed what it was given: the mutation was not normalised away.
        expect(el.signingStatus!.contentHash, `${context}: content hash`).to.equal(await contentHash(changed as object));
        expect(el.signingStatus!.contentHash, `${context}: hash differs from signed`).not.to.equal(hash);
        expect(el.signingStatus!.state, context).to.equal('changed');
        expect(el.matches(':state(changed)'), `${context}: :state(changed)`).to.equal(true);
        expect(el.matches(':state(signed)'), `${context}: not :state(signed)`).to.equal(false);
        if (el.shadowRoot!.querySelector('[part=status]')) expect(statusText(el), context).to.contain('Changed after signing');
        // Back to the signed record: the flag clears, so each change is judged on its own.
        await settle(el, record);
        expectSigned(el, `${context} → restored`);
        checked++;
      }
    });
  }
});
