import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { runFormControlTests } from '../../../../test/support/form-control-suite.js';
import '../define/text-field.js';
import type { MkTextField } from './text-field.js';

async function typeInto(el: HTMLElement, text: string) {
  el.focus();
  await sendKeys({ type: text });
}

describe('<mk-text-field>', () => {
  describe('rendering', () => {
    it('renders its label bound to the input', async () => {
      const el = await fixture<MkTextField>(html`<mk-text-field label="Subject"></mk-text-field>`);
      const input = el.shadowRoot!.querySelector('input')!;
      expect(input.labels![0]!.textContent).to.contain('Subject');
    });

    it('renders label and hint as text, never as HTML', async () => {
      const el = await fixture<MkTextField>(
        html`<mk-text-field .label=${'<img src=x onerror=alert(1)>'} .hint=${'<b>bold</b>'}></mk-text-field>`,
      );
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(el.shadowRoot!.querySelector('b')).to.equal(null);
      expect(el.shadowRoot!.querySelector('label')!.textContent).to.contain('<img src=x onerror=alert(1)>');
    });
  });

  describe('properties', () => {
    it('takes its default from the value attribute and its live value from the property', async () => {
      const el = await fixture<MkTextField>(html`<mk-text-field label="Place" value="Room 4"></mk-text-field>`);
      expect(el.value).to.equal('Room 4');
      el.value = 'Hall';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('input')!.value).to.equal('Hall');
      expect(el.getAttribute('value')).to.equal('Room 4');
    });

    it('checks minLength, pattern and email format, with messages from the catalogue', async () => {
      const el = await fixture<MkTextField>(html`<mk-text-field label="Email" type="email"></mk-text-field>`);
      el.constraints = { format: 'email' };
      await typeInto(el, 'not-an-email');
      await el.updateComplete;
      expect(el.validity.typeMismatch).to.equal(true);
      el.constraints = { minLength: 50 };
      await el.updateComplete;
      expect(el.validity.tooShort).to.equal(true);
      expect(el.validationMessage).to.equal('Please use at least 50 characters.');
    });

    it('reads its messages in the language of the page', async () => {
      const wrapper = await fixture(html`<div lang="fi"><mk-text-field label="Nimi" required></mk-text-field></div>`);
      const el = wrapper.querySelector('mk-text-field')!;
      await el.updateComplete;
      expect(el.validationMessage).to.equal('Täytä tämä kenttä.');
    });
  });

  describe('events', () => {
    it('lets input bubble out of the shadow root and re-dispatches change', async () => {
      const el = await fixture<MkTextField>(html`<mk-text-field label="Name"></mk-text-field>`);
      const inputs: string[] = [];
      el.addEventListener('input', () => inputs.push(el.value));
      const changed = oneEvent(el, 'change');
      await typeInto(el, 'Ana');
      el.shadowRoot!.querySelector('input')!.blur();
      await changed;
      expect(inputs).to.deep.equal(['A', 'An', 'Ana']);
    });
  });

  describe('keyboard', () => {
    it('is reached with Tab and typed into', async () => {
      const wrapper = await fixture(html`<div><button>before</button><mk-text-field label="Name"></mk-text-field></div>`);
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Kari' });
      expect(wrapper.querySelector('mk-text-field')!.value).to.equal('Kari');
    });
  });

  describe('form', () => {
    runFormControlTests({
      tag: 'mk-text-field',
      defaultAttributes: { value: 'Room 4' },
      defaultEntry: 'Room 4',
      changeByUser: async (el) => {
        el.focus();
        await sendKeys({ press: 'End' });
        await sendKeys({ type: ' B' });
      },
      changedEntry: 'Room 4 B',
    });
  });

  describe('accessibility', () => {
    it('passes axe with a hint and a visible error', async () => {
      const el = await fixture<MkTextField>(html`<mk-text-field label="Observer" hint="Full name" required></mk-text-field>`);
      el.reportValidity();
      await el.updateComplete;
      const input = el.shadowRoot!.querySelector('input')!;
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.equal('hint error');
      await expect(el).to.be.accessible();
    });
  });
});
