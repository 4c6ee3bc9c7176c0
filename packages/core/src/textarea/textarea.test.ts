import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { runFormControlTests } from '../../../../test/support/form-control-suite.js';
import '../define/textarea.js';
import type { MkTextarea } from './textarea.js';

describe('<mk-textarea>', () => {
  describe('rendering', () => {
    it('renders a labelled textarea with the given rows', async () => {
      const el = await fixture<MkTextarea>(html`<mk-textarea label="Notes" rows="6"></mk-textarea>`);
      const area = el.shadowRoot!.querySelector('textarea')!;
      expect(area.rows).to.equal(6);
      expect(area.labels![0]!.textContent).to.contain('Notes');
    });
  });

  describe('properties', () => {
    it('checks maxLength while typing', async () => {
      const el = await fixture<MkTextarea>(html`<mk-textarea label="Notes"></mk-textarea>`);
      el.constraints = { maxLength: 3 };
      el.focus();
      await sendKeys({ type: 'abcd' });
      expect(el.validity.tooLong).to.equal(true);
      expect(el.validationMessage).to.equal('Please use no more than 3 characters.');
    });
  });

  describe('keyboard', () => {
    it('keeps line breaks typed with Enter', async () => {
      const el = await fixture<MkTextarea>(html`<mk-textarea label="Notes"></mk-textarea>`);
      el.focus();
      await sendKeys({ type: 'one' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ type: 'two' });
      expect(el.value).to.equal('one\ntwo');
    });
  });

  describe('rendering: size', () => {
    it('grows with the lines typed into it, so the whole text shows', async () => {
      const el = await fixture<MkTextarea>(html`<mk-textarea label="Notes"></mk-textarea>`);
      const area = el.shadowRoot!.querySelector('textarea')!;
      const empty = area.clientHeight;
      el.focus();
      for (const line of ['one', 'two', 'three', 'four', 'five', 'six']) {
        await sendKeys({ type: line });
        await sendKeys({ press: 'Enter' });
      }
      await el.updateComplete;
      expect(area.clientHeight).to.be.greaterThan(empty);
      expect(area.scrollHeight).to.be.at.most(area.clientHeight + 1);
    });
  });

  describe('form', () => {
    runFormControlTests({
      tag: 'mk-textarea',
      defaultAttributes: { value: 'Lesson notes' },
      defaultEntry: 'Lesson notes',
      changeByUser: async (el) => {
        el.focus();
        await sendKeys({ press: 'End' });
        await sendKeys({ type: '!' });
      },
      changedEntry: 'Lesson notes!',
    });
  });

  describe('accessibility', () => {
    it('passes axe with a hint', async () => {
      const el = await fixture<MkTextarea>(html`<mk-textarea label="Feedback" hint="Constructive feedback"></mk-textarea>`);
      await expect(el).to.be.accessible();
    });
  });
});
