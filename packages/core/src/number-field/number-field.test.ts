import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { runFormControlTests } from '../../../../test/support/form-control-suite.js';
import '../define/number-field.js';
import type { MkNumberField } from './number-field.js';

describe('<mk-number-field>', () => {
  describe('properties', () => {
    it('holds a JSON number in the record and nothing when empty', async () => {
      const el = await fixture<MkNumberField>(html`<mk-number-field label="Members" value="5"></mk-number-field>`);
      expect(el.modelValue).to.equal(5);
      el.value = '';
      expect(el.modelValue).to.equal(undefined);
    });

    it('maps bounds to rangeUnderflow and rangeOverflow', async () => {
      const el = await fixture<MkNumberField>(html`<mk-number-field label="Members" min="4" max="8" value="9"></mk-number-field>`);
      expect(el.validity.rangeOverflow).to.equal(true);
      el.value = '3';
      await el.updateComplete;
      expect(el.validity.rangeUnderflow).to.equal(true);
      expect(el.validationMessage).to.equal('The value must be 4 or more.');
    });

    it('rejects fractions when integer', async () => {
      const el = await fixture<MkNumberField>(html`<mk-number-field label="Lessons" integer value="2.5"></mk-number-field>`);
      expect(el.validity.stepMismatch).to.equal(true);
    });
  });

  describe('keyboard', () => {
    it('steps with the arrow keys', async () => {
      const el = await fixture<MkNumberField>(html`<mk-number-field label="Members" integer value="4"></mk-number-field>`);
      el.focus();
      await sendKeys({ press: 'ArrowUp' });
      expect(el.modelValue).to.equal(5);
    });
  });

  describe('form', () => {
    runFormControlTests({
      tag: 'mk-number-field',
      defaultAttributes: { value: '6' },
      defaultEntry: '6',
      changeByUser: async (el) => {
        el.focus();
        await sendKeys({ press: 'ArrowDown' });
      },
      changedEntry: '5',
    });
  });

  describe('accessibility', () => {
    it('passes axe', async () => {
      const el = await fixture<MkNumberField>(html`<mk-number-field label="Group size" min="4" max="8"></mk-number-field>`);
      await expect(el).to.be.accessible();
    });
  });
});
