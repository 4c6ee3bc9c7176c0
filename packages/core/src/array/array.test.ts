import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { runFormControlTests } from '../../../../test/support/form-control-suite.js';
import '../define/array.js';
import type { MkArray } from './array.js';

describe('<mk-array>', () => {
  describe('rendering', () => {
    it('says when there are no items, and names each item', async () => {
      const el = await fixture<MkArray>(html`<mk-array label="Ground rules" item-label="Rule"></mk-array>`);
      expect(el.shadowRoot!.querySelector('.empty')!.textContent).to.equal('No items yet.');
      el.items = ['Confidentiality', 'No dominant members'];
      await el.updateComplete;
      expect([...el.shadowRoot!.querySelectorAll('.item-title')].map((t) => t.textContent)).to.deep.equal(['Rule 1', 'Rule 2']);
    });
  });

  describe('properties', () => {
    it('disables add at max-items and reports too few items', async () => {
      const el = await fixture<MkArray>(html`<mk-array label="Members" item-label="Member" min-items="2" max-items="2"></mk-array>`);
      el.items = ['Ana'];
      await el.updateComplete;
      expect(el.validity.customError).to.equal(true);
      expect(el.validationMessage).to.equal('Please add at least 2 items.');
      await el.addItem();
      expect(el.shadowRoot!.querySelector<HTMLButtonElement>('button.add')!.disabled).to.equal(true);
    });
  });

  describe('events', () => {
    it('fires mk-item-add, input and change when an item is added', async () => {
      const el = await fixture<MkArray>(html`<mk-array label="Rules" item-label="Rule"></mk-array>`);
      const seen: string[] = [];
      for (const type of ['mk-item-add', 'input', 'change']) el.addEventListener(type, () => seen.push(type));
      await el.addItem();
      expect(seen).to.have.members(['mk-item-add', 'input', 'change']);
    });
  });

  describe('keyboard', () => {
    it('adds an item with Enter and focuses it, then types into it', async () => {
      const el = await fixture<MkArray>(html`<mk-array label="Rules" item-label="Rule"></mk-array>`);
      el.shadowRoot!.querySelector<HTMLButtonElement>('button.add')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await sendKeys({ type: 'Be on time' });
      expect(el.items).to.deep.equal(['Be on time']);
      expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.equal('Rule 1 added.');
    });
  });

  describe('form', () => {
    runFormControlTests({
      tag: 'mk-array',
      defaultAttributes: {},
      defaultEntry: null,
      changeByUser: async (el) => {
        await (el as MkArray).addItem();
        await sendKeys({ type: 'x' });
      },
      changedEntry: '["x"]',
    });
  });

  describe('accessibility', () => {
    it('passes axe with items', async () => {
      const el = await fixture<MkArray>(html`<mk-array label="Rules" item-label="Rule"></mk-array>`);
      el.items = ['One', 'Two'];
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });
});
