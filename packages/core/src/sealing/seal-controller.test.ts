import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { getTemplate } from '@mentorkit/schemas';
import observation from '../../../../schemas/examples/valid/respond-observation.record.json' with { type: 'json' };
import { FormStore } from '../store/form-store.js';
import type { JsonSchema } from '../schema/json-schema.js';
import '../define/seal-dialog.js';
import type { MkSealDialog } from './seal-dialog.js';
import { SealController } from './seal-controller.js';
import { lockedPointers, sealScope } from './seal-scope.js';

/** A bare host with a store and a seal over the RESPOND observation template; counts its updates. */
class SealHost extends LitElement {
  store = new FormStore(structuredClone(observation));
  updates = 0;
  seal = new SealController(this, { store: this.store, template: () => getTemplate('respond-observation') });
  protected override updated(): void {
    this.updates++;
  }
}
customElements.define('test-seal-host', SealHost);

const schema: JsonSchema = {
  type: 'object',
  properties: {
    kind: { type: 'string', const: 'rubric' },
    ratings: { type: 'object', title: 'Ratings', properties: { a: { type: 'string', title: 'A' } } },
    closing: {
      type: 'object',
      title: 'Closing',
      properties: { reflection: { type: 'string', title: 'Reflection' }, comments: { type: 'object', title: 'Comments' } },
    },
    reviews: {
      type: 'array',
      title: 'Reviews',
      items: { type: 'object', title: 'Review', properties: { progress: { type: 'string', title: 'Progress' } } },
    },
  },
};

describe('SealController', () => {
  it('reports draft, signs (sealing the record and the template), then reports a change where it happened', async () => {
    const el = await fixture<SealHost>(html`<test-seal-host></test-seal-host>`);
    await el.seal.ready;
    expect(el.seal.report!.state).to.equal('draft');
    expect(el.seal.report!.missing.map((m) => m.role)).to.deep.equal(['observed']);
    const signature = await el.seal.sign({
      role: 'observed',
      signer: { name: 'Marco Rossi' },
      method: 'typed',
      typedName: 'Marco Rossi',
      lang: 'en',
    });
    expect(signature.sealVersion).to.equal(2);
    expect((el.store.get('/signatures') as unknown[]).length).to.equal(1);
    expect(el.seal.report!.state).to.equal('signed');
    expect(el.seal.sealedParts()).to.deep.equal(['']);
    el.store.set('/feedback/text', 'Rewritten');
    await el.seal.ready;
    expect(el.seal.report!.state).to.equal('changed');
    expect(el.seal.changesAt('/feedback/text', true).map((c) => [c.pointer, c.current])).to.deep.equal([['/feedback/text', 'Rewritten']]);
    expect(el.seal.changesAt('/feedback', true).length, 'a leaf field shows changes below it').to.equal(1);
    expect(el.seal.changesAt('/feedback', false).length, 'a group shows only items added or removed in it').to.equal(0);
    expect(el.seal.changesAt('/notes', true)).to.deep.equal([]);
  });

  it("has the report of a record nobody signed in its host's first render: one update, not a second for the report", async () => {
    const el = await fixture<SealHost>(html`<test-seal-host></test-seal-host>`);
    expect(el.seal.report?.state).to.equal('draft');
    await el.seal.ready;
    await el.updateComplete;
    expect(el.updates).to.equal(1);
  });

  it('does not update its host for a change that leaves the report as it was', async () => {
    const el = await fixture<SealHost>(html`<test-seal-host></test-seal-host>`);
    await el.seal.ready;
    await el.updateComplete;
    const before = el.updates;
    el.store.set('/notes', 'typing…');
    await el.seal.ready;
    await el.updateComplete;
    expect(el.updates).to.equal(before);
  });
});

describe('seal scope', () => {
  it('locks every content member for a whole-record seal, leaving open parts and the envelope writable', () => {
    expect(lockedPointers(schema, '')).to.deep.equal(['/ratings', '/closing', '/reviews']);
    expect(lockedPointers(schema, '', ['/closing/comments'])).to.deep.equal(['/ratings', '/reviews', '/closing/reflection']);
    expect(lockedPointers(schema, '/reviews/1')).to.deep.equal(['/reviews/1']);
  });

  it('names what a seal locks and which of those fields are still empty', () => {
    const record = { ratings: { a: 'red' }, closing: {}, reviews: [{ progress: '' }, { progress: 'ok' }] };
    expect(sealScope(schema, record, '', 'en', ['/closing/comments'])).to.deep.equal({
      locks: ['Ratings', 'Reviews', 'Reflection'],
      empty: ['Reflection'],
    });
    expect(sealScope(schema, record, '/reviews/0', 'en')).to.deep.equal({ locks: ['Review 1'], empty: ['Review 1: Progress'] });
  });
});

describe('<mk-seal-dialog>', () => {
  it('says what signing locks and what is still empty; Enter confirms, Escape cancels; accessible', async () => {
    const el = await fixture<MkSealDialog>(
      html`<mk-seal-dialog signer="Eva Lind" .locks=${['Review 1']} .empty=${['Review 1: Adjustments']}></mk-seal-dialog>`,
    );
    const confirmed = el.ask();
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    await waitUntil(() => dialog.open);
    expect(dialog.textContent!.replace(/\s+/g, ' ')).to.contain('Sign as Eva Lind?');
    expect(el.shadowRoot!.querySelector('[part=empty]')!.textContent).to.contain('Review 1: Adjustments');
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('confirm-button');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    expect(await confirmed).to.equal(true);
    expect(dialog.open).to.equal(false);
    const cancelled = el.ask();
    await waitUntil(() => dialog.open);
    await sendKeys({ press: 'Escape' });
    expect(await cancelled).to.equal(false);
  });
});
