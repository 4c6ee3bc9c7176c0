import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { runFormControlTests } from '../../../../test/support/form-control-suite.js';
import '../define/date-field.js';
import type { MkDateField } from './date-field.js';

describe('<mk-date-field>', () => {
  describe('rendering', () => {
    it('renders a native date input, or datetime-local for date-time', async () => {
      const el = await fixture<MkDateField>(html`<mk-date-field label="Date"></mk-date-field>`);
      expect(el.shadowRoot!.querySelector('input')!.type).to.equal('date');
      el.type = 'date-time';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('input')!.type).to.equal('datetime-local');
    });
  });

  describe('properties', () => {
    it('holds date-time values as RFC 3339 in the record', async () => {
      const el = await fixture<MkDateField>(html`<mk-date-field label="When" type="date-time"></mk-date-field>`);
      el.modelValue = '2026-11-24T10:30:00.000Z';
      await el.updateComplete;
      expect(el.modelValue).to.equal('2026-11-24T10:30:00.000Z');
    });

    it('reports a date before min as rangeUnderflow', async () => {
      const el = await fixture<MkDateField>(html`<mk-date-field label="Date" min="2026-01-01" value="2025-12-31"></mk-date-field>`);
      expect(el.validity.rangeUnderflow).to.equal(true);
      expect(el.validationMessage).to.equal('The value must be 2026-01-01 or more.');
    });
  });

  describe('form', () => {
    runFormControlTests({
      tag: 'mk-date-field',
      defaultAttributes: { value: '2026-09-01' },
      defaultEntry: '2026-09-01',
      changeByUser: async (el) => {
        el.focus();
        await sendKeys({ press: 'ArrowUp' });
      },
      changedEntry: '2026-10-01',
    });
  });

  describe('accessibility', () => {
    it('passes axe', async () => {
      const el = await fixture<MkDateField>(html`<mk-date-field label="Date of observation" required></mk-date-field>`);
      await expect(el).to.be.accessible();
    });
  });
});
