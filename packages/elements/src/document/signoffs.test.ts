// Sign-offs on the engine's one sealing mechanism, for every kind that is not an agreement: the rubric's
// verification, the observation's acknowledgement by the observed teacher and the plan's review sign-off by
// the supervisor. Each: a signer signs by keyboard after confirming what it locks, the sealed part locks, a
// later change is shown where it happened with the signed value, and checkSeals (the server's check) agrees.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MkSealDialog } from '@mentorkit/core';
import { checkSeals, getTemplate, validateRecord } from '@mentorkit/schemas';
import ittRecord from '../../../../schemas/examples/valid/itt-mentor-standards-rag.record.json' with { type: 'json' };
import observationRecord from '../../../../schemas/examples/valid/respond-observation.record.json' with { type: 'json' };
import planRecord from '../../../../schemas/examples/valid/respond-development-plan.record.json' with { type: 'json' };
import '../define/rag-rubric.js';
import '../define/observation-form.js';
import '../define/development-plan.js';
import type { MkDocumentElement } from './document-element.js';
import type { MkSignEvent } from './sign-event.js';
import { controlOf, fieldAt } from '../../../../test/support/fields.js';
import { serverCheck } from '../../../../test/support/server-check.js';

type Doc = MkDocumentElement<never> & { value: unknown };
type Json = Record<string, unknown>;

function unsigned(record: object): Json {
  const copy = structuredClone(record) as Json;
  delete copy['signatures'];
  return copy;
}

interface Case {
  kind: string;
  tag: 'mk-rag-rubric' | 'mk-observation-form' | 'mk-development-plan';
  template: string;
  record: Json;
  role: string;
  user: string;
  /** The sign-off's heading. */
  heading: string;
  /** A field the signature locks, writable before. */
  locked: string;
  /** What the dialog lists among the locked parts. */
  locks: string;
  /** The change made after signing: pointer, new value. */
  change: [string, string];
  /** A field left writable by the signature, if any. */
  open?: string;
}

const cases: Case[] = [
  {
    kind: 'rubric verification',
    tag: 'mk-rag-rubric',
    template: 'itt-mentor-standards-rag',
    record: unsigned(ittRecord),
    role: '',
    user: 'Helen Carter',
    heading: 'Head Teacher',
    locked: '/closing/reflection',
    locks: 'Reflection',
    change: ['/closing/targets', 'New targets after the verification'],
    open: '/closing/comments/school/text',
  },
  {
    kind: 'observation acknowledgement',
    tag: 'mk-observation-form',
    template: 'respond-observation',
    record: unsigned(observationRecord),
    role: 'observed',
    user: 'Marco Rossi',
    heading: 'Acknowledged by the observed teacher',
    locked: '/reflection/text',
    locks: 'Feedback',
    change: ['/feedback/text', 'Feedback rewritten after the acknowledgement'],
  },
  {
    kind: 'plan review sign-off',
    tag: 'mk-development-plan',
    template: 'respond-development-plan',
    record: unsigned(planRecord),
    role: 'supervisor',
    user: 'Eva Lind',
    heading: 'Review discussed with the supervisor — Review 1, 2025-12-01',
    locked: '/reviews/0/progress',
    locks: 'Review 1',
    change: ['/reviews/0/progress', 'Progress rewritten after the sign-off'],
  },
];

async function render(c: Case, value: unknown): Promise<Doc> {
  const el = (await fixture(
    c.tag === 'mk-rag-rubric'
      ? html`<mk-rag-rubric template=${c.template} user-role=${c.role} .user=${{ name: c.user }} .value=${value}></mk-rag-rubric>`
      : c.tag === 'mk-observation-form'
        ? html`<mk-observation-form
            template=${c.template}
            user-role=${c.role}
            .user=${{ name: c.user }}
            .value=${value}
          ></mk-observation-form>`
        : html`<mk-development-plan
            template=${c.template}
            user-role=${c.role}
            today="2025-12-05"
            .user=${{ name: c.user }}
            .value=${value}
          ></mk-development-plan>`,
  )) as Doc;
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot!.querySelector('[part=signoff]'), 'sign-offs rendered');
  return el;
}

/** A field element at a pointer, wherever it renders (an array item renders inside the array's shadow root). */
function findField(root: ShadowRoot, path: string): HTMLElement | null {
  const direct = root.querySelector<HTMLElement>(`[path="${path}"]`);
  if (direct) return direct;
  for (const host of root.querySelectorAll<HTMLElement>('*')) {
    if (!host.shadowRoot) continue;
    const found = findField(host.shadowRoot, path);
    if (found) return found;
  }
  return null;
}

async function isReadonly(el: Doc, path: string): Promise<boolean> {
  const f = fieldAt(el, path);
  await f.updateComplete;
  await el.updateComplete;
  const control = controlOf(f);
  return control.readOnly || control.disabled;
}

function signoff(el: Doc, heading: string): HTMLElement {
  const found = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=signoff]')].find(
    (s) => s.querySelector('h4')!.textContent === heading,
  );
  expect(found, `sign-off "${heading}"`).to.exist;
  return found!;
}

for (const c of cases) {
  describe(`sign-off: ${c.kind}`, () => {
    it('is signed by keyboard after the confirmation says what it locks; the part locks; the server agrees', async () => {
      const el = await render(c, structuredClone(c.record));
      expect(await isReadonly(el, c.locked), 'writable before signing').to.equal(false);
      const row = signoff(el, c.heading);
      const control = row.querySelector('mk-signature')!;
      await control.updateComplete;
      control.focus();
      await sendKeys({ type: c.user });
      await sendKeys({ press: 'Tab' }); // "Draw instead"
      await sendKeys({ press: 'Tab' }); // "Sign as …"
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('sign-button');
      const signed = oneEvent(el, 'mk-sign') as Promise<MkSignEvent>;
      await sendKeys({ press: 'Enter' });
      const dialog = el.shadowRoot!.querySelector<MkSealDialog>('mk-seal-dialog')!;
      await waitUntil(() => dialog.shadowRoot!.querySelector('dialog')!.open, 'the confirmation opens');
      expect(dialog.shadowRoot!.querySelector('h2')!.textContent).to.equal(`Sign as ${c.user}?`);
      const locks = [...dialog.shadowRoot!.querySelectorAll('[part=locks] li')].map((li) => li.textContent);
      expect(locks).to.include(c.locks);
      await expect(dialog).to.be.accessible();
      await sendKeys({ press: 'Enter' });
      const { signature } = await signed;
      await el.updateComplete;
      const template = getTemplate(c.template)!;
      expect(signature.signer.name).to.equal(c.user);
      expect(signature.sealVersion).to.equal(2);
      expect(await isReadonly(el, c.locked), 'locked once signed').to.equal(true);
      if (c.open) expect(await isReadonly(el, c.open), 'left open by the seal').to.equal(false);
      const record = el.value as Json;
      expect(validateRecord(record)).to.deep.equal([]);
      const report = await checkSeals(record, template);
      expect(report.changes).to.deep.equal([]);
      expect(signoff(el, c.heading).textContent).to.contain('Unchanged since signing');
      await expect(el).to.be.accessible();
    });

    it('shows a later change where it happened, with the signed value, in the sign-off too; checkSeals reports the same place', async () => {
      const first = await render(c, structuredClone(c.record));
      const row = signoff(first, c.heading);
      const control = row.querySelector('mk-signature')!;
      control.value = c.user;
      row.querySelector<HTMLButtonElement>('[part=sign-button]')!.click();
      const dialog = first.shadowRoot!.querySelector<MkSealDialog>('mk-seal-dialog')!;
      await waitUntil(() => dialog.shadowRoot!.querySelector('dialog')!.open);
      const signed = oneEvent(first, 'mk-sign');
      dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part=confirm-button]')!.click();
      await signed;
      const saved = structuredClone(first.value) as Json;
      const [pointer, value] = c.change;
      const tokens = pointer.split('/').slice(1);
      let parent = saved as Record<string, unknown>;
      for (const t of tokens.slice(0, -1)) parent = parent[t] as Record<string, unknown>;
      const signedValue = parent[tokens[tokens.length - 1]!];
      parent[tokens[tokens.length - 1]!] = value;
      first.remove();
      const el = await render(c, saved);
      await waitUntil(() => el.shadowRoot!.querySelector('.seal-change') || findField(el.shadowRoot!, pointer)?.parentElement, 'rendered');
      const report = await checkSeals(saved, getTemplate(c.template));
      expect(report.state).to.equal('changed');
      expect(report.changes.map((ch) => [ch.pointer, ch.signed, ch.current])).to.deep.equal([[pointer, signedValue, value]]);
      // A server (Node) given the saved record reports the same change.
      const verdict = await serverCheck(saved);
      expect(verdict.seals.map((e) => [e.pointer, e.key, e.params['signed'], e.params['current']])).to.deep.equal([
        [pointer, 'changedAfterSigning', signedValue, value],
      ]);
      await waitUntil(() => signoff(el, c.heading).textContent!.includes('Changed after signing'), 'the sign-off says it changed');
      const notes = [...signoff(el, c.heading).querySelectorAll('.seal-change')];
      expect(notes.map((n) => n.getAttribute('data-pointer'))).to.deep.equal([pointer]);
      expect(notes[0]!.querySelector('.signed-value')!.textContent).to.equal(`Signed: ${String(signedValue)}`);
      // At the field itself (the element renders the change note right after the field).
      const field = findField(el.shadowRoot!, pointer)!;
      const note = field.nextElementSibling;
      expect(note?.classList.contains('seal-change'), 'note beside the field').to.equal(true);
      expect(note!.textContent).to.contain(`Now: ${value}`);
      await expect(el).to.be.accessible();
    });
  });
}
