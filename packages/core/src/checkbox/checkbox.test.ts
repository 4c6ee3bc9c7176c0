import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { runFormControlTests } from '../../../../test/support/form-control-suite.js';
import '../define/checkbox.js';
import type { MkCheckbox } from './checkbox.js';

describe('<mk-checkbox>', () => {
  describe('properties', () => {
    it('holds true or false in the record', async () => {
      const el = await fixture<MkCheckbox>(html`<mk-checkbox label="Done"></mk-checkbox>`);
      expect(el.modelValue).to.equal(false);
      el.shadowRoot!.querySelector('input')!.click();
      expect(el.modelValue).to.equal(true);
    });
  });

  describe('keyboard', () => {
    it('toggles with Space', async () => {
      const el = await fixture<MkCheckbox>(html`<mk-checkbox label="Done"></mk-checkbox>`);
      el.focus();
      await sendKeys({ press: 'Space' });
      expect(el.checked).to.equal(true);
    });
  });

  describe('form', () => {
    runFormControlTests({
      tag: 'mk-checkbox',
      defaultAttributes: { value: 'yes', checked: '' },
      defaultEntry: 'yes',
      changeByUser: async (el) => {
        el.focus();
        await sendKeys({ press: 'Space' });
      },
      changedEntry: null,
    });
  });

  describe('accessibility', () => {
    it('passes axe', async () => {
      const el = await fixture<MkCheckbox>(html`<mk-checkbox label="I agree to the ground rules" required></mk-checkbox>`);
      await expect(el).to.be.accessible();
    });
  });
});
