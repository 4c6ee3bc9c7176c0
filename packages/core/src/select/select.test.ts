import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { runFormControlTests } from '../../../../test/support/form-control-suite.js';
import '../define/select.js';
import type { MkSelect } from './select.js';

const subjects = '<option value="maths">Maths</option><option value="english">English</option><option value="science">Science</option>';

describe('<mk-select>', () => {
  describe('rendering', () => {
    it('renders a "Choose…" option and the options from light-DOM <option>s', async () => {
      const el = await fixture<MkSelect>(
        html`<mk-select label="Subject"
          ><option value="maths">Maths</option>
          <option value="art">Art</option></mk-select
        >`,
      );
      const labels = [...el.shadowRoot!.querySelectorAll('option')].map((o) => o.textContent);
      expect(labels).to.deep.equal(['Choose…', 'Maths', 'Art']);
      // "Choose…" is the selected option while nothing is chosen, and only then.
      const selected = () => [...el.shadowRoot!.querySelectorAll('option')].map((o) => o.hasAttribute('selected'));
      expect(selected()).to.deep.equal([true, false, false]);
      el.value = 'art';
      await el.updateComplete;
      expect(selected()).to.deep.equal([false, false, true]);
      expect(el.shadowRoot!.querySelector('select')!.value).to.equal('1');
    });
  });

  describe('properties', () => {
    it('keeps the type of option values in the record', async () => {
      const el = await fixture<MkSelect>(html`<mk-select label="Year"></mk-select>`);
      el.options = [
        { value: 2025, label: '2025' },
        { value: 2026, label: '2026' },
      ];
      el.value = '2026';
      expect(el.modelValue).to.equal(2026);
    });

    it('localises option labels given as language maps', async () => {
      const el = await fixture<MkSelect>(html`<mk-select label="Nivå" lang="nb"></mk-select>`);
      el.options = [{ value: 'g', label: { en: 'Good', nb: 'Bra' } }];
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('option')[1]!.textContent).to.equal('Bra');
    });
  });

  describe('form', () => {
    runFormControlTests({
      tag: 'mk-select',
      children: subjects,
      defaultAttributes: { value: 'english' },
      defaultEntry: 'english',
      changeByUser: async (el) => {
        el.focus();
        await sendKeys({ press: 'ArrowDown' });
      },
      changedEntry: 'science',
    });
  });

  describe('accessibility', () => {
    it('passes axe', async () => {
      const el = await fixture<MkSelect>(html`<mk-select label="Subject" required><option value="maths">Maths</option></mk-select>`);
      await expect(el).to.be.accessible();
    });
  });
});
