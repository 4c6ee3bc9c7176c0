import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { controlOf, fieldAt } from '../../../../test/support/fields.js';
import '../define/form.js';
import type { MkForm } from './form.js';
import { problemsChunk } from './lazy-problems.js';

const schema = {
  type: 'object',
  required: ['observer', 'notes'],
  properties: { observer: { type: 'string', title: 'Observer' }, notes: { type: 'string', title: 'Notes' } },
};

const chunkFetched = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('problems-chunk'));

describe('<mk-form> problems chunk', () => {
  // The first test of the file: no form of this page has shown problems or been idle yet.
  it('renders without the chunk, and a submit right after the first render shows the summary, focused, once updateComplete resolves', async () => {
    const el = await fixture<MkForm>(html`<mk-form .schema=${schema}></mk-form>`);
    expect(problemsChunk.loaded, 'not loaded by the first render').to.equal(undefined);
    expect(chunkFetched(), 'not fetched by the first render').to.equal(false);
    const summary = el.shadowRoot!.querySelector<HTMLElement>('[part=error-summary]')!;
    expect(summary.hidden).to.equal(true);
    expect(await el.submit()).to.equal(false);
    await el.updateComplete;
    expect(problemsChunk.loaded, 'loaded by the reveal').to.not.equal(undefined);
    expect(summary.hidden).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    expect(summary.textContent).to.contain('There are 2 problems');
    expect(summary.textContent).to.contain('Observer: Please fill in this field.');
    await expect(el).to.be.accessible();
    // Its links lead to the fields.
    summary.querySelectorAll<HTMLAnchorElement>('a')[1]!.focus();
    await sendKeys({ press: 'Enter' });
    expect(el.shadowRoot!.activeElement).to.equal(controlOf(fieldAt(el, '/notes')));
  });
});
