// A template whose points a mentor edits in <mk-observation-form> becomes a derived template (its own id and version,
// `basedOn` the template given), which the record names and carries; a server (Node, @mentorkit/schemas) validates
// the record against that carried template, refuses a tampered one, and the acknowledgement's seal covers the
// derived template's text.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MkSealDialog } from '@mentorkit/core';
import '@mentorkit/elements/define/observation-form.js';
import type { MkObservationForm } from '@mentorkit/elements';
import type { ObservationRecord, ObservationTemplate, ValidationError } from '@mentorkit/schemas';
import example from '../../schemas/examples/valid/respond-observation.record.json' with { type: 'json' };
import { controlOf, fieldAt } from '../support/fields.js';
import { serverCheck } from '../support/server-check.js';

const where = (errors: ValidationError[]) => errors.map((e) => `${e.pointer} ${e.keyword}`);
const newPoint = 'Pupils explain their reasoning';

function unsigned(): ObservationRecord {
  const record = structuredClone(example) as ObservationRecord;
  delete record.signatures;
  return record;
}

/** Adds a point in the points editor by keyboard and rates it "Very good"; returns the derived template. */
async function addPointByKeyboard(el: MkObservationForm): Promise<ObservationTemplate> {
  const editor = el.shadowRoot!.querySelector('[part=points-editor]') as HTMLElement & { updateComplete: Promise<boolean> };
  await editor.updateComplete;
  const array = editor.shadowRoot!.querySelector('mk-array')!;
  await array.updateComplete;
  let derived: ObservationTemplate | undefined;
  el.addEventListener('mk-template-change', (e) => (derived = e.template));
  array.shadowRoot!.querySelector<HTMLButtonElement>('button.add')!.focus();
  await sendKeys({ press: 'Enter' });
  await array.updateComplete;
  await sendKeys({ type: newPoint });
  await sendKeys({ press: 'Tab' });
  await waitUntil(() => derived && fieldAt(el, '/ratings/point-5/level'), 'the form shows the new point');
  await el.updateComplete;
  controlOf(fieldAt(el, '/ratings/point-5/level')).focus();
  await sendKeys({ press: 'Space' });
  await el.updateComplete;
  return derived!;
}

describe('derived templates: <mk-observation-form> with edited points', () => {
  it('names a derived template with basedOn and carries it; the server accepts the record against it and refuses tampered ones', async () => {
    const el = await fixture<MkObservationForm>(
      html`<mk-observation-form template="respond-observation" editable-points .value=${unsigned()}></mk-observation-form>`,
    );
    await el.updateComplete;
    const derived = await addPointByKeyboard(el);
    const titles = [...el.shadowRoot!.querySelectorAll('.point-title')].map((t) => t.textContent!.trim());
    expect(titles.at(-1)).to.equal(newPoint);

    const record = structuredClone(el.value) as ObservationRecord;
    expect(record.template.id).to.match(/^respond-observation-[0-9a-f]{12}$/);
    expect(record.template).to.deep.equal({ id: derived.id, version: '1.0.0' });
    expect(record.embeddedTemplate!.basedOn).to.deep.equal({ id: 'respond-observation', version: '1.0.0' });
    expect(record.embeddedTemplate!.points.map((p) => p.title)).to.have.length(5);
    // The derived template carries the built-in's text in every language, not only the page's (English) one.
    expect(Object.keys(record.embeddedTemplate!.points[0]!.title as object)).to.have.members(['en', 'nb', 'fi', 'it', 'nl']);
    expect(record.ratings!['point-5']).to.deep.equal({ level: 'very-good' });
    expect(el.problems).to.deep.equal([]);
    expect(await serverCheck(record)).to.deep.equal({ errors: [], seals: [] });

    // Tampered on the way: the record names another version than it carries.
    const renamed = structuredClone(record);
    renamed.template.version = '1.0.1';
    expect(where((await serverCheck(renamed)).errors)).to.deep.equal(['/embeddedTemplate/version template']);
    // The edited points passed off as the built-in template.
    const disguised = structuredClone(record);
    disguised.template = { id: 'respond-observation', version: '1.0.0' };
    disguised.embeddedTemplate = { ...disguised.embeddedTemplate!, id: 'respond-observation', version: '1.0.0' };
    expect(where((await serverCheck(disguised)).errors)).to.deep.equal(['/embeddedTemplate template']);
    // The carried template lost the point the record rates.
    const cut = structuredClone(record);
    cut.embeddedTemplate!.points.pop();
    expect(where((await serverCheck(cut)).errors)).to.deep.equal(['/ratings/point-5 knownItem']);
    // Without its template, the record's new point is unknown to the built-in one it was edited from.
    const bare = structuredClone(record);
    delete bare.embeddedTemplate;
    bare.template = { id: 'respond-observation', version: '1.0.0' };
    expect(where((await serverCheck(bare)).errors)).to.deep.equal(['/ratings/point-5 knownItem']);
    await expect(el).to.be.accessible();
  });

  it('a saved record opens without a template given: with the template it carries, or the built-in it names', async () => {
    const editing = await fixture<MkObservationForm>(
      html`<mk-observation-form template="respond-observation" editable-points .value=${unsigned()}></mk-observation-form>`,
    );
    await editing.updateComplete;
    await addPointByKeyboard(editing);
    const saved = JSON.parse(JSON.stringify(editing.value)) as ObservationRecord;
    editing.remove();

    // As a host loads a stored record after mounting: no template attribute, the record set later.
    const el = await fixture<MkObservationForm>(html`<mk-observation-form></mk-observation-form>`);
    el.value = saved;
    await el.updateComplete;
    await waitUntil(() => fieldAt(el, '/ratings/point-5/level'), 'the carried template’s new point is shown');
    const titles = [...el.shadowRoot!.querySelectorAll('.point-title')].map((t) => t.textContent!.trim());
    expect(titles.at(-1)).to.equal(newPoint);
    expect(controlOf(fieldAt(el, '/ratings/point-5/level')).checked).to.equal(true);
    expect(el.problems).to.deep.equal([]);
    expect(el.value).to.deep.equal(saved);
    await expect(el).to.be.accessible();
    el.remove();

    const builtIn = await fixture<MkObservationForm>(html`<mk-observation-form .value=${unsigned()}></mk-observation-form>`);
    await builtIn.updateComplete;
    expect(builtIn.shadowRoot!.querySelectorAll('.point-title')).to.have.length(4);
    expect(builtIn.problems).to.deep.equal([]);
  });

  it('undoing the edits names the template given again, and carries nothing', async () => {
    const el = await fixture<MkObservationForm>(
      html`<mk-observation-form template="respond-observation" editable-points .value=${unsigned()}></mk-observation-form>`,
    );
    await el.updateComplete;
    await addPointByKeyboard(el);
    const editor = el.shadowRoot!.querySelector('[part=points-editor]')!;
    const array = editor.shadowRoot!.querySelector('mk-array')!;
    const changed = oneEvent(el, 'mk-template-change') as Promise<Event & { template: ObservationTemplate }>;
    const removes = array.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.remove');
    removes[removes.length - 1]!.focus();
    await sendKeys({ press: 'Enter' });
    const { template } = await changed;
    await el.updateComplete;
    expect(template.id).to.equal('respond-observation');
    const record = el.value as ObservationRecord;
    expect(record.template).to.deep.equal({ id: 'respond-observation', version: '1.0.0' });
    expect(record.embeddedTemplate).to.equal(undefined);
  });

  it('the observed teacher’s acknowledgement seals the derived template’s text: a later edit of it is reported by the element and the server', async () => {
    const editing = await fixture<MkObservationForm>(
      html`<mk-observation-form template="respond-observation" editable-points .value=${unsigned()}></mk-observation-form>`,
    );
    await editing.updateComplete;
    const derived = await addPointByKeyboard(editing);
    const made = structuredClone(editing.value) as ObservationRecord;
    editing.remove();

    // The observed teacher opens the record with the template it carries, and acknowledges it.
    const el = await fixture<MkObservationForm>(
      html`<mk-observation-form
        user-role="observed"
        .user=${{ name: 'Marco Rossi' }}
        .template=${made.embeddedTemplate}
        .value=${made}
      ></mk-observation-form>`,
    );
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.querySelector('[part=signoff] mk-signature'), 'the acknowledgement can be signed');
    const control = el.shadowRoot!.querySelector<HTMLElement>('[part=signoff] mk-signature')!;
    control.focus();
    await sendKeys({ type: 'Marco Rossi' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    const signed = oneEvent(el, 'mk-sign');
    await sendKeys({ press: 'Enter' });
    const dialog = el.shadowRoot!.querySelector<MkSealDialog>('mk-seal-dialog')!;
    await waitUntil(() => dialog.shadowRoot!.querySelector('dialog')!.open, 'the confirmation opens');
    await sendKeys({ press: 'Enter' });
    await signed;
    await el.updateComplete;
    const record = structuredClone(el.value) as ObservationRecord;
    expect(record.signatures).to.have.length(1);
    expect(record.template.id).to.equal(derived.id);
    expect(await serverCheck(record)).to.deep.equal({ errors: [], seals: [] });

    // Someone rewords the new point in the carried template after the acknowledgement.
    const reworded = structuredClone(record);
    reworded.embeddedTemplate!.points[4]!.title = 'Pupils explain their answers';
    const verdict = await serverCheck(reworded);
    expect(verdict.errors).to.deep.equal([]);
    expect(
      verdict.seals.map((e) => [e.pointer, e.key, e.params['templatePointer'], e.params['signed'], e.params['current']]),
    ).to.deep.equal([['/template', 'changedAfterSigning', '/points/4/title', newPoint, 'Pupils explain their answers']]);
    el.remove();
    const reopened = await fixture<MkObservationForm>(
      html`<mk-observation-form .template=${reworded.embeddedTemplate} .value=${reworded}></mk-observation-form>`,
    );
    await reopened.updateComplete;
    const signoff = () => reopened.shadowRoot!.querySelector('[part=signoff]')?.textContent ?? '';
    await waitUntil(() => signoff().includes('Changed after signing'), 'the acknowledgement says it changed');
    const attribution = reopened.shadowRoot!.querySelector('[part=attribution] .based-on')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(attribution).to.equal('Adapted from: Observation form: Peer-to-peer observation (respond-observation 1.0.0)');
    expect(signoff()).to.contain(newPoint);
    await expect(reopened).to.be.accessible();
  });
});
