import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define/form.js';
import { buildFieldTree } from '../schema/field-tree.js';
import { hasFits } from '../schema/fits-engine.js';
import type { MkForm } from './form.js';
import { controlOf, fieldAt, inside } from '../../../../test/support/fields.js';

// A page of its own: the fits chunk (which builds conditions) is not loaded when it starts.
describe("a dependency's fields and required markers, and a $ref's fields, built by the fits chunk", () => {
  it('says what is missing when a tree with conditions is built before the chunk is there', () => {
    expect(hasFits(), 'define/form.js does not carry the conditions').to.equal(false);
    const schema = { type: 'object', properties: { a: { type: 'string' } }, dependentRequired: { a: ['b'] } };
    expect(() => buildFieldTree(schema)).to.throw('The code for conditions, alternatives and references is not loaded');
  });

  it('renders them with the first render: the required marker follows the data', async () => {
    // (The fits chunk also folds `$ref` and `allOf`.)
    const form = document.createElement('mk-form') as MkForm;
    form.schema = {
      type: 'object',
      properties: {
        email: { type: 'string', title: 'Email' },
        phone: { type: 'string', title: 'Phone' },
        slot: { $ref: '#/$defs/slot', title: 'Best slot' },
      },
      $defs: { slot: { type: 'object', properties: { day: { type: 'string', title: 'Weekday' } } } },
      dependentRequired: { email: ['phone'] },
      dependentSchemas: { phone: { properties: { hours: { type: 'string', title: 'Hours to call' } } } },
    };
    form.value = { phone: '0123' };
    const states: string[] = [];
    document.body.append(form);
    const observer = new MutationObserver(() => states.push(form.shadowRoot!.innerHTML));
    observer.observe(form.shadowRoot!, { childList: true, subtree: true, characterData: true });
    await form.updateComplete;
    observer.disconnect();
    expect(hasFits()).to.equal(true);
    const withPhone = states.filter((state) => state.includes('Phone'));
    expect(withPhone.length, 'rendered').to.be.greaterThan(0);
    expect(
      withPhone.every((state) => state.includes('Hours to call')),
      "never the form without the dependency's field",
    ).to.equal(true);
    expect(
      withPhone.every((state) => state.includes('Best slot') && state.includes('Weekday')),
      'nor without the fields a $ref brings',
    ).to.equal(true);
    const phone = fieldAt(form, '/phone');
    expect(inside(phone).querySelector('label.required-label'), 'not required without an email').to.equal(null);
    controlOf(fieldAt(form, '/email')).focus();
    await sendKeys({ type: 'a@b.c' });
    await form.updateComplete;
    expect(inside(phone).querySelector('label.required-label'), 'required once there is an email').to.exist;
    await expect(form).to.be.accessible();
    // Out of the page, the form keeps up with its record: the dependency's field is gone when it comes back.
    form.remove();
    form.store.set('/phone', undefined);
    document.body.append(form);
    await form.updateComplete;
    expect(form.shadowRoot!.textContent).not.to.contain('Hours to call');
    form.store.set('/phone', '0456');
    expect(form.shadowRoot!.textContent, 'and back when its trigger is').to.contain('Hours to call');
    form.remove();
  });
});
