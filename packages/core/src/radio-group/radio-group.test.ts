import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { runFormControlTests } from '../../../../test/support/form-control-suite.js';
import '../define/radio-group.js';
import type { MkRadioGroup } from './radio-group.js';

const levels = '<option value="vg">Very good</option><option value="g">Good</option><option value="lg">Less good</option>';

describe('<mk-radio-group>', () => {
  describe('rendering', () => {
    it('renders a fieldset whose legend names the group, and one radio per option', async () => {
      const el = await fixture<MkRadioGroup>(
        html`<mk-radio-group label="Clear instructions"
          ><option value="vg">Very good</option>
          <option value="g">Good</option></mk-radio-group
        >`,
      );
      expect(el.shadowRoot!.querySelector('legend')!.textContent).to.contain('Clear instructions');
      expect(el.shadowRoot!.querySelectorAll('input[type=radio]').length).to.equal(2);
    });

    it('shows a symbol beside each label so colour is not the only signal', async () => {
      const el = await fixture<MkRadioGroup>(html`<mk-radio-group label="Rating"></mk-radio-group>`);
      el.options = [
        { value: 'red', label: 'Red', symbol: 'triangle', color: '#b3261e' },
        { value: 'green', label: 'Green', symbol: 'circle', color: '#1b6e3a' },
      ];
      await el.updateComplete;
      expect([...el.shadowRoot!.querySelectorAll('.symbol')].map((s) => s.textContent)).to.deep.equal(['▲', '●']);
    });
  });

  describe('properties', () => {
    it('cannot be changed when read-only', async () => {
      const el = await fixture<MkRadioGroup>(html`<mk-radio-group label="Rating" readonly value="g">${''}</mk-radio-group>`);
      el.options = [
        { value: 'vg', label: 'Very good' },
        { value: 'g', label: 'Good' },
      ];
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLInputElement>('input')!.click();
      expect(el.value).to.equal('g');
    });
  });

  describe('keyboard', () => {
    it('moves the choice with arrow keys', async () => {
      const el = await fixture<MkRadioGroup>(
        html`<mk-radio-group label="Rating" value="vg"
          ><option value="vg">Very good</option>
          <option value="g">Good</option></mk-radio-group
        >`,
      );
      el.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(el.value).to.equal('g');
    });
  });

  describe('form', () => {
    runFormControlTests({
      tag: 'mk-radio-group',
      children: levels,
      defaultAttributes: { value: 'g' },
      defaultEntry: 'g',
      changeByUser: async (el) => {
        el.focus();
        await sendKeys({ press: 'ArrowDown' });
      },
      changedEntry: 'lg',
    });
  });

  describe('accessibility', () => {
    it('passes axe with a description on options', async () => {
      const el = await fixture<MkRadioGroup>(html`<mk-radio-group label="Rating" required></mk-radio-group>`);
      el.options = [{ value: 'red', label: 'Red', description: 'No evidence yet', symbol: 'triangle' }];
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });
});
