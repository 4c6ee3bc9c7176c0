// A long form as a screen reader meets it: every field, those far below the viewport too, is in the
// accessibility tree with its name, so a reader's list of form fields and its browse mode find them all.
// (Skipping the style and layout of off-screen fields with `content-visibility: auto` takes them out of
// Chromium's accessibility tree: measured in session 7 and again in session 9.)
import { expect, fixture, html } from '@open-wc/testing';
import { axNodes } from '../../../../test/support/ax-tree.js';
import '../define/form.js';
import type { MkForm } from './form.js';

const count = 120;
const properties = Object.fromEntries(Array.from({ length: count }, (_, i) => [`note${i}`, { type: 'string', title: `Note ${i + 1}` }]));

describe('<mk-form> with more fields than fit on a screen', () => {
  it('puts every field in the accessibility tree, named, the ones below the viewport too', async () => {
    const form = await fixture<MkForm>(html`<mk-form .schema=${{ type: 'object', properties }} .value=${{}}></mk-form>`);
    await form.updateComplete;
    const last = [...form.shadowRoot!.querySelectorAll('input')].at(-1)!;
    expect(last.getBoundingClientRect().top, 'the last field is below the viewport').to.be.greaterThan(window.innerHeight * 2);
    const textboxes = (await axNodes()).filter((node) => node.role === 'textbox').map((node) => node.name);
    expect(textboxes).to.deep.equal(Array.from({ length: count }, (_, i) => `Note ${i + 1}`));
  });
});
