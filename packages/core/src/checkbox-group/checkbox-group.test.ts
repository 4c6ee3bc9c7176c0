import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { runFormControlTests } from '../../../../test/support/form-control-suite.js';
import '../define/checkbox-group.js';
import type { MkCheckboxGroup } from './checkbox-group.js';

const standards =
  '<option value="TS1">Teaching standard 1</option><option value="TS2">Teaching standard 2</option><option value="MS1">Mentor standard 1</option>';

describe('<mk-checkbox-group>', () => {
  describe('properties', () => {
    it('holds the chosen values in the options’ order', async () => {
      const el = await fixture<MkCheckboxGroup>(html`<mk-checkbox-group label="Maps to"></mk-checkbox-group>`);
      el.options = [
        { value: 'TS1', label: 'TS1' },
        { value: 'TS2', label: 'TS2' },
        { value: 'MS1', label: 'MS1' },
      ];
      await el.updateComplete;
      const boxes = el.shadowRoot!.querySelectorAll('input');
      boxes[2]!.click();
      boxes[0]!.click();
      expect(el.modelValue).to.deep.equal(['TS1', 'MS1']);
    });

    it('compares object values by content, whatever their key order', async () => {
      const el = await fixture<MkCheckboxGroup>(html`<mk-checkbox-group label="Maps to"></mk-checkbox-group>`);
      el.options = [
        { value: { framework: 'teaching', ref: '1' }, label: 'Teaching 1' },
        { value: { framework: 'mentor', ref: '1' }, label: 'Mentor 1' },
      ];
      el.modelValue = [{ ref: '1', framework: 'mentor' }];
      await el.updateComplete;
      const boxes = el.shadowRoot!.querySelectorAll('input');
      expect([...boxes].map((b) => b.checked)).to.deep.equal([false, true]);
      boxes[0]!.click();
      expect(el.modelValue).to.deep.equal([
        { framework: 'teaching', ref: '1' },
        { framework: 'mentor', ref: '1' },
      ]);
    });

    it('submits one entry per chosen option', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><mk-checkbox-group name="tags" label="Tags" value="TS1,MS1"></mk-checkbox-group></form>`,
      );
      const el = form.querySelector('mk-checkbox-group')!;
      el.options = [
        { value: 'TS1', label: 'TS1' },
        { value: 'MS1', label: 'MS1' },
      ];
      el.value = 'TS1,MS1';
      expect(new FormData(form).getAll('tags')).to.deep.equal(['TS1', 'MS1']);
    });
  });

  describe('form', () => {
    runFormControlTests({
      tag: 'mk-checkbox-group',
      children: standards,
      defaultAttributes: { value: 'TS2' },
      defaultEntry: 'TS2',
      changeByUser: async (el) => {
        el.focus();
        await sendKeys({ press: 'Space' });
      },
      changedEntry: 'TS1',
    });
  });

  describe('accessibility', () => {
    it('passes axe', async () => {
      const el = await fixture<MkCheckboxGroup>(html`<mk-checkbox-group label="Maps to">${''}</mk-checkbox-group>`);
      el.options = [{ value: 'TS1', label: 'Teaching standard 1' }];
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });
});
