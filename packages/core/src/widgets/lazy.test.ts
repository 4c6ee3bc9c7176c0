import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import '../define/form.js';
import type { MkForm } from '../form/form.js';

/** Mounts a form and keeps every state its shadow root passes through until `updateComplete`. */
async function mountWatched(schema: object): Promise<{ form: MkForm; states: string[] }> {
  const host = document.createElement('div');
  document.body.append(host);
  render(html`<mk-form .schema=${schema}></mk-form>`, host);
  const form = host.querySelector('mk-form')!;
  const states: string[] = [];
  const observer = new MutationObserver(() => states.push(form.shadowRoot!.innerHTML));
  observer.observe(form.shadowRoot!, { childList: true, subtree: true, characterData: true });
  await form.updateComplete;
  observer.disconnect();
  return { form, states };
}

describe('widgets few forms use, loaded on first render', () => {
  afterEach(() => document.querySelectorAll('mk-form').forEach((form) => form.parentElement!.remove()));

  it('shows a labelled loading notice while the signature pad loads, then the pad in its place', async () => {
    expect(customElements.get('mk-signature'), 'define/form.js does not carry the signature pad').to.equal(undefined);
    const schema = { type: 'object', properties: { signedBy: { type: 'object', title: 'Signature', 'x-ui': { widget: 'signature' } } } };
    const { form, states } = await mountWatched(schema);
    expect(
      states.some((s) => /<p class="loading" role="status">.*Signature: .*Loading…/s.test(s)),
      'the notice was shown',
    ).to.equal(true);
    const signature = form.shadowRoot!.querySelector('mk-signature')!;
    expect(customElements.get('mk-signature'), 'defined once rendered').not.to.equal(undefined);
    await signature.updateComplete;
    expect(signature.shadowRoot!.querySelector('input'), 'the pad rendered').to.exist;
    expect(signature.querySelector('.loading')!.checkVisibility(), 'the notice is hidden under the pad').to.equal(false);
    await expect(form).to.be.accessible();
  });

  it('renders a map editor once loaded and keeps its controls (and focus) when the form re-renders', async () => {
    const schema = {
      type: 'object',
      properties: { labels: { type: 'object', title: 'Labels', additionalProperties: { type: 'string' } } },
    };
    const { form } = await mountWatched(schema);
    const add = form.shadowRoot!.querySelector<HTMLInputElement>('.map-add input')!;
    expect(add, 'the editor is there after updateComplete').to.exist;
    expect(form.shadowRoot!.querySelector('.loading'), 'no notice left').to.equal(null);
    // The editor's styles came with its chunk (a form without it carries none of them).
    expect(getComputedStyle(add).minBlockSize, 'its styles were added with it').to.equal('24px');
    expect(getComputedStyle(add.closest('.map-add')!).display).to.equal('flex');
    add.focus();
    form.lang = 'nb';
    await form.updateComplete;
    expect(form.shadowRoot!.querySelector('.map-add input')).to.equal(add);
    expect(form.shadowRoot!.activeElement).to.equal(add);
    await expect(form).to.be.accessible();
  });
});
