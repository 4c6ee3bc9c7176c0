import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { runFormControlTests } from '../../../../test/support/form-control-suite.js';
import '../define/date-field.js';
import type { MkDateField } from './date-field.js';

function input(el: MkDateField): HTMLInputElement {
  return el.shadowRoot!.querySelector('input')!;
}

async function typeInto(el: MkDateField, text: string) {
  el.focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

async function leave(el: MkDateField) {
  await sendKeys({ press: 'Tab' });
  await el.updateComplete;
}

describe('<mk-date-field>', () => {
  describe('rendering', () => {
    it('shows the stored ISO date the way the page’s language writes it, with the pattern under the label', async () => {
      const el = await fixture<MkDateField>(html`<mk-date-field lang="nb" label="Dato" value="2026-11-24"></mk-date-field>`);
      expect(input(el).value).to.equal('24.11.2026');
      expect(el.shadowRoot!.querySelector('[part=format]')!.textContent!.trim()).to.equal('Format dd.mm.åååå, for eksempel 24.11.2026');
      expect(input(el).getAttribute('aria-describedby')).to.contain('format');
      el.lang = 'en-GB';
      await el.updateComplete;
      expect(input(el).value).to.equal('24/11/2026');
      expect(el.shadowRoot!.querySelector('[part=format]')!.textContent!.trim()).to.equal('Format dd/mm/yyyy, for example 24/11/2026');
      expect(el.value).to.equal('2026-11-24');
    });

    it('shows no pattern when nothing can be typed', async () => {
      const el = await fixture<MkDateField>(html`<mk-date-field label="Date" value="2026-11-24" readonly></mk-date-field>`);
      expect(el.shadowRoot!.querySelector('[part=format]')).to.equal(null);
      expect(input(el).hasAttribute('aria-describedby')).to.equal(false);
    });
  });

  describe('keyboard', () => {
    it('reads a date typed in nb and stores it as ISO 8601', async () => {
      const el = await fixture<MkDateField>(html`<mk-date-field lang="nb" label="Dato"></mk-date-field>`);
      await typeInto(el, '24.11.2026');
      expect(el.value).to.equal('2026-11-24');
      expect(el.modelValue).to.equal('2026-11-24');
      await leave(el);
      expect(input(el).value).to.equal('24.11.2026');
      expect(el.validity.valid).to.equal(true);
    });

    it('reads a date typed in en-GB, digits only, and writes it back the en-GB way', async () => {
      const el = await fixture<MkDateField>(html`<mk-date-field lang="en-GB" label="Date"></mk-date-field>`);
      await typeInto(el, '01092026');
      expect(el.value).to.equal('2026-09-01');
      await leave(el);
      expect(input(el).value).to.equal('01/09/2026');
    });

    it('keeps text that is not a date as typed and reports it with the pattern', async () => {
      const el = await fixture<MkDateField>(html`<mk-date-field lang="nb" label="Dato"></mk-date-field>`);
      await typeInto(el, '31.02.2026');
      await leave(el);
      expect(input(el).value).to.equal('31.02.2026');
      expect(el.value).to.equal('31.02.2026');
      expect(el.validity.typeMismatch).to.equal(true);
      expect(el.validationMessage).to.equal('Skriv inn en gyldig dato som dd.mm.åååå.');
      expect(el.shadowRoot!.querySelector('[part=error]')!.textContent).to.contain('Skriv inn en gyldig dato som dd.mm.åååå.');
      await expect(el).to.be.accessible();
    });

    it('reads times typed the Finnish way', async () => {
      const el = await fixture<MkDateField>(html`<mk-date-field lang="fi" label="Kellonaika" type="time"></mk-date-field>`);
      await typeInto(el, '9.30');
      expect(el.value).to.equal('09:30');
      await leave(el);
      expect(input(el).value).to.equal('09.30');
    });
  });

  describe('properties', () => {
    it('holds date-time values as RFC 3339 in the record', async () => {
      const el = await fixture<MkDateField>(html`<mk-date-field label="When" type="date-time"></mk-date-field>`);
      el.modelValue = '2026-11-24T10:30:00.000Z';
      await el.updateComplete;
      expect(el.modelValue).to.equal('2026-11-24T10:30:00.000Z');
    });

    it('reads a date and time typed in nb as local time', async () => {
      const el = await fixture<MkDateField>(html`<mk-date-field lang="nb" label="Møtet starter" type="date-time"></mk-date-field>`);
      await typeInto(el, '24.11.2026 14:30');
      expect(el.modelValue).to.equal(new Date(2026, 10, 24, 14, 30).toISOString());
    });

    it('reports a date before min as rangeUnderflow, naming the bound the language’s way', async () => {
      const el = await fixture<MkDateField>(html`<mk-date-field label="Date" min="2026-01-01" value="2025-12-31"></mk-date-field>`);
      expect(el.validity.rangeUnderflow).to.equal(true);
      expect(el.validationMessage).to.equal('Please use 01/01/2026 or later.');
      el.lang = 'nb';
      await el.updateComplete;
      expect(el.validationMessage).to.equal('Bruk 01.01.2026 eller senere.');
    });
  });

  describe('form', () => {
    runFormControlTests({
      tag: 'mk-date-field',
      defaultAttributes: { value: '2026-09-01', lang: 'en-GB' },
      defaultEntry: '2026-09-01',
      changeByUser: async (el) => {
        el.focus();
        await sendKeys({ down: 'Control' });
        await sendKeys({ press: 'a' });
        await sendKeys({ up: 'Control' });
        await sendKeys({ type: '01/10/2026' });
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
