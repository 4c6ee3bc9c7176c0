import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define/all.js';
import type { MkForm } from '../form/form.js';
import { controlOf } from '../../../../test/support/fields.js';

const root = (el: MkForm) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: MkForm, selector: string) => root(el).querySelector<T>(selector);

async function mount(schema: object, value?: unknown): Promise<MkForm> {
  const el = await fixture<MkForm>(html`<mk-form .schema=${schema} .value=${value}></mk-form>`);
  await el.validationReady;
  await el.updateComplete;
  return el;
}

const contactSchema = {
  type: 'object',
  properties: {
    contact: {
      title: 'Contact',
      oneOf: [
        {
          title: 'Email',
          type: 'object',
          properties: { kind: { const: 'email' }, note: { type: 'string' }, address: { type: 'string', format: 'email' } },
          required: ['kind'],
        },
        {
          title: 'Telephone',
          type: 'object',
          properties: { kind: { const: 'phone' }, note: { type: 'string' }, number: { type: 'string' } },
          required: ['kind'],
        },
      ],
    },
  },
};

describe('<mk-form> widgets', () => {
  describe('alternatives', () => {
    it('selects the branch loaded data belongs to, and switches by keyboard keeping what fits both', async () => {
      const el = await mount(contactSchema, { contact: { kind: 'phone', note: 'evenings', number: '555' } });
      const chooser = $<HTMLSelectElement>(el, 'select[path="/contact"]')!;
      expect(chooser.selectedOptions[0]!.textContent!.trim()).to.equal('Telephone');
      expect($(el, '[path="/contact/number"]')).to.not.equal(null);
      chooser.focus();
      await sendKeys({ press: 'ArrowUp' });
      await waitUntil(() => $(el, '[path="/contact/address"]'));
      expect(el.value).to.deep.equal({ contact: { kind: 'email', note: 'evenings' } });
      expect($(el, '[path="/contact/number"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('conditions', () => {
    it('shows then-fields while the if holds, else-fields otherwise', async () => {
      const el = await mount(
        {
          type: 'object',
          properties: { member: { type: 'boolean', title: 'Member' } },
          if: { properties: { member: { const: true } }, required: ['member'] },
          then: { properties: { number: { type: 'string', title: 'Membership number' } } },
          else: { properties: { referrer: { type: 'string', title: 'Referred by' } } },
        },
        { member: false },
      );
      expect($(el, '[path="/referrer"]')).to.not.equal(null);
      expect($(el, '[path="/number"]')).to.equal(null);
      controlOf($(el, '.field[data-kind=checkbox]')!).focus();
      await sendKeys({ press: 'Space' });
      await waitUntil(() => $(el, '[path="/number"]'));
      expect($(el, '[path="/referrer"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('marks a declared field required (label marker and aria-required) while a dependency or a then requires it, by keyboard', async () => {
      const el = await mount(
        {
          type: 'object',
          properties: {
            email: { type: 'string', title: 'Email' },
            name: { type: 'string', title: 'Name' },
            phone: { type: 'string', title: 'Phone' },
            fax: { type: 'string', title: 'Fax' },
            member: { type: 'boolean', title: 'Member' },
            number: { type: 'string', title: 'Membership number' },
          },
          dependentRequired: { email: ['name'] },
          dependencies: { phone: ['fax'] },
          if: { properties: { member: { const: true } }, required: ['member'] },
          then: { required: ['number'] },
        },
        {},
      );
      const required = (path: string) => {
        const field = $(el, `[path="${path}"]`)!;
        const marked = !!field.querySelector('label.required-label');
        const aria = controlOf(field).getAttribute('aria-required') === 'true';
        expect(marked, `${path}: the label marker and aria-required agree`).to.equal(aria);
        return marked;
      };
      expect([required('/name'), required('/fax'), required('/number')]).to.deep.equal([false, false, false]);
      const type = async (path: string, text: string) => {
        controlOf($(el, `[path="${path}"]`)!).focus();
        await sendKeys({ type: text });
      };
      await type('/email', 'a@example.org');
      await waitUntil(() => required('/name'), 'name required once email is there');
      await el.submit();
      await el.updateComplete;
      expect(el.problems.map((p) => p.pointer)).to.deep.equal(['/name']);
      await type('/phone', '555');
      await waitUntil(() => required('/fax'), 'fax required once phone is there (draft-07 dependencies)');
      controlOf($(el, '[path="/member"]')!).focus();
      await sendKeys({ press: 'Space' });
      await waitUntil(() => required('/number'), 'number required while member is ticked (then)');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Space' });
      await waitUntil(() => !required('/number'), 'no longer required when the if stops holding');
      // Removing the trigger (emptying email removes the key) lifts the requirement again.
      controlOf($(el, '[path="/email"]')!).focus();
      for (let i = 0; i < 'a@example.org'.length; i++) await sendKeys({ press: 'Backspace' });
      expect(required('/fax')).to.equal(true);
    });
  });

  describe('maps', () => {
    it('adds, renames and removes entries by keyboard, checking names', async () => {
      const el = await mount(
        { type: 'object', title: 'Labels', additionalProperties: { type: 'string' }, propertyNames: { pattern: '^[a-z]+$' } },
        { team: 'blue' },
      );
      const name = $<HTMLInputElement>(el, '.map-new-key')!;
      name.focus();
      await sendKeys({ type: 'Bad Name' });
      await sendKeys({ press: 'Enter' });
      expect($(el, '.map-add .key-error')!.textContent).to.equal('This name is not allowed here.');
      expect(name.getAttribute('aria-invalid')).to.equal('true');
      name.value = '';
      await sendKeys({ type: 'room' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '[data-key="room"]'));
      expect(el.value).to.deep.equal({ team: 'blue', room: '' });
      const key = $<HTMLInputElement>(el, '[data-key="team"] .map-key')!;
      key.focus();
      key.select();
      await sendKeys({ type: 'squad' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '[data-key="squad"]'));
      expect(Object.keys(el.value as object)).to.deep.equal(['squad', 'room']);
      $<HTMLButtonElement>(el, '[data-key="room"] .map-remove')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => !$(el, '[data-key="room"]'));
      expect(el.value).to.deep.equal({ squad: 'blue' });
      await expect(el).to.be.accessible();
    });
  });

  describe('any JSON and null', () => {
    it('edits any JSON, shows a parse error and keeps the text', async () => {
      const el = await mount(
        { type: 'object', properties: { data: { title: 'Data' }, none: { type: 'null', title: 'Nothing' } } },
        { data: { a: [1] }, none: null },
      );
      const area = $<HTMLTextAreaElement>(el, 'textarea[path="/data"]')!;
      expect(JSON.parse(area.value)).to.deep.equal({ a: [1] });
      expect($(el, 'output[path="/none"]')!.textContent).to.equal('Empty (null)');
      area.focus();
      area.select();
      await sendKeys({ type: '{"a": [1, ' });
      expect(area.getAttribute('aria-invalid')).to.equal('true');
      expect(area.value).to.equal('{"a": [1, ');
      expect(el.value).to.deep.equal({ data: { a: [1] }, none: null });
      await sendKeys({ type: '2]}' });
      expect(el.value).to.deep.equal({ data: { a: [1, 2] }, none: null });
      expect(area.hasAttribute('aria-invalid')).to.equal(false);
      await expect(el).to.be.accessible();
    });
  });

  describe('recursion, tuples and multi-line text', () => {
    it('renders a recursive schema as far as the data goes and opens the next level on request', async () => {
      const el = await mount(
        { type: 'object', title: 'Node', properties: { name: { type: 'string' }, left: { $ref: '#' }, right: { $ref: '#' } } },
        { name: 'a', left: { name: 'b', left: { name: 'c' } } },
      );
      expect($(el, '[path="/left/left/name"]')).to.not.equal(null);
      const open = [...root(el).querySelectorAll<HTMLButtonElement>('.open-button')];
      expect(open.length).to.equal(4);
      // The opener is part of the widgets' chunk, its styles too: a target of at least 24 by 24 px.
      expect(getComputedStyle(open[0]!).minBlockSize).to.equal('24px');
      open[0]!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '[path="/left/left/left/name"]'));
      await expect(el).to.be.accessible();
    });

    it('gives each tuple position its own control, and shows line breaks in a textarea', async () => {
      const el = await mount(
        {
          type: 'object',
          properties: {
            pair: {
              type: 'array',
              prefixItems: [
                { type: 'boolean', title: 'On' },
                { type: 'number', title: 'Level' },
              ],
              items: false,
            },
            text: { type: 'string' },
          },
        },
        { pair: [true, 3], text: 'one\r\ntwo' },
      );
      await waitUntil(() => root(el).querySelector('mk-array')?.shadowRoot?.querySelector('.field[data-kind=number]'));
      const items = root(el).querySelector('mk-array')!.shadowRoot!;
      expect(items.querySelector('.field[data-kind=checkbox]')).to.not.equal(null);
      expect(items.querySelector('.field[data-kind=number]')).to.not.equal(null);
      expect($(el, '.field[data-kind=textarea][path="/text"]')).to.not.equal(null);
      expect(el.problems).to.deep.equal([]);
      expect(JSON.stringify(el.value)).to.equal(JSON.stringify({ pair: [true, 3], text: 'one\r\ntwo' }));
    });
  });
});
