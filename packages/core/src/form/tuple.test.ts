import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define/form.js';
import '../define/array.js';
import type { MkForm } from './form.js';

// A tuple: each leading position has a schema of its own (a name, then a year), the rest are notes.
const schema = {
  type: 'object',
  properties: {
    entry: {
      type: 'array',
      title: 'Entry',
      prefixItems: [
        { type: 'string', title: 'Name' },
        { type: 'integer', title: 'Year' },
      ],
      items: { type: 'string', title: 'Note' },
    },
  },
};

describe('<mk-form> tuples (prefixItems)', () => {
  it('keeps each leading item in its place: no moving them or in among them, only the last can be removed', async () => {
    const form = await fixture<MkForm>(html`<mk-form .schema=${schema} .value=${{ entry: ['Kari', 2024, 'first', 'second'] }}></mk-form>`);
    const array = form.shadowRoot!.querySelector('mk-array')!;
    await array.updateComplete;
    const buttons = () =>
      [...array.shadowRoot!.querySelectorAll('li')].map((li) =>
        [...li.querySelectorAll<HTMLButtonElement>('.item-head button')].map((b) => `${b.className}${b.disabled ? ' (disabled)' : ''}`),
      );
    expect(buttons()).to.deep.equal([
      ['move-up (disabled)', 'move-down (disabled)', 'remove (disabled)'],
      ['move-up (disabled)', 'move-down (disabled)', 'remove (disabled)'],
      ['move-up (disabled)', 'move-down', 'remove'],
      ['move-up', 'move-down (disabled)', 'remove'],
    ]);
    // The notes can still be reordered among themselves, by keyboard.
    array.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.move-up')[3]!.focus();
    await sendKeys({ press: 'Enter' });
    await form.updateComplete;
    expect(form.value).to.deep.equal({ entry: ['Kari', 2024, 'second', 'first'] });
    // Removing the notes from the end makes the year the last item, which may then go.
    for (let i = 0; i < 2; i++) {
      array.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.remove')[2]!.focus();
      await sendKeys({ press: 'Enter' });
      await array.updateComplete;
    }
    expect(buttons()[1]).to.deep.equal(['move-up (disabled)', 'move-down (disabled)', 'remove']);
    expect(form.value).to.deep.equal({ entry: ['Kari', 2024] });
    // Called from script too: a leading item is not moved, nor one before the last removed.
    await array.moveItem(1, 0);
    await array.removeItem(0);
    expect(form.value).to.deep.equal({ entry: ['Kari', 2024] });
    await expect(form).to.be.accessible();
  });
});
