import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define/form.js';
import '../define/text-field.js';
import type { MkForm } from '../form/form.js';
import type { MkTextField } from '../text-field/text-field.js';
import { controlOf, fieldAt } from '../../../../test/support/fields.js';

const schema = {
  type: 'object',
  required: ['observer'],
  properties: { observer: { type: 'string', title: { en: 'Observer', nb: 'Observatør', fi: 'Havainnoija' }, minLength: 3 } },
};

function submitText(form: MkForm): string {
  return form.shadowRoot!.querySelector('[part=submit]')!.textContent!.trim();
}

describe('LangController (live lang)', () => {
  describe('properties', () => {
    it('re-renders a standalone field when its own lang changes, keeping what was typed', async () => {
      const el = await fixture<MkTextField>(html`<mk-text-field label="Name" required></mk-text-field>`);
      el.focus();
      await sendKeys({ type: 'Ka' });
      el.constraints = { minLength: 3 };
      await el.updateComplete;
      expect(el.validationMessage).to.equal('Please use at least 3 characters.');
      el.lang = 'nb';
      await el.updateComplete;
      expect(el.validationMessage).to.equal('Bruk minst 3 tegn.');
      expect(el.value).to.equal('Ka');
      expect(el.shadowRoot!.querySelector('input')!.value).to.equal('Ka');
    });

    it('follows a change of an ancestor’s lang and of <html lang>', async () => {
      const wrapper = await fixture(html`<div lang="fi"><mk-text-field label="Nimi" required></mk-text-field></div>`);
      const el = wrapper.querySelector('mk-text-field')!;
      await el.updateComplete;
      expect(el.validationMessage).to.equal('Täytä tämä kenttä.');
      wrapper.setAttribute('lang', 'it');
      await waitUntil(() => el.validationMessage === 'Compila questo campo.', 'follows the ancestor');
      const page = document.documentElement;
      const pageLang = page.lang;
      try {
        wrapper.removeAttribute('lang');
        page.lang = 'nl';
        await waitUntil(() => el.validationMessage === 'Vul dit veld in.', 'follows <html lang>');
      } finally {
        page.lang = pageLang;
      }
    });

    it('re-resolves when the element moves under another language', async () => {
      const wrapper = await fixture(
        html`<div>
          <p lang="nb"></p>
          <p lang="fi"><mk-text-field label="Nimi" required></mk-text-field></p>
        </div>`,
      );
      const el = wrapper.querySelector('mk-text-field')!;
      await el.updateComplete;
      expect(el.validationMessage).to.equal('Täytä tämä kenttä.');
      wrapper.querySelector('p[lang=nb]')!.append(el);
      await el.updateComplete;
      expect(el.validationMessage).to.equal('Fyll ut dette feltet.');
    });
  });

  describe('form', () => {
    it('switches <mk-form> through all five languages, keeping the typed record and the shown problems', async () => {
      const form = await fixture<MkForm>(html`<mk-form .schema=${schema}></mk-form>`);
      await form.updateComplete;
      const observer = fieldAt(form, '/observer');
      controlOf(observer).focus();
      await sendKeys({ type: 'Al' });
      await form.submit();
      const expected = {
        en: ['Submit', 'Observer', 'Please use at least 3 characters.'],
        nb: ['Send inn', 'Observatør', 'Bruk minst 3 tegn.'],
        fi: ['Lähetä', 'Havainnoija', 'Käytä vähintään 3 merkkiä.'],
        it: ['Invia', 'Observer', 'Usa almeno 3 caratteri.'],
        nl: ['Versturen', 'Observer', 'Gebruik minstens 3 tekens.'],
      };
      for (const lang of ['nb', 'fi', 'it', 'nl', 'en'] as const) {
        form.lang = lang;
        await form.updateComplete;
        const [submit, label, message] = expected[lang];
        expect(submitText(form), lang).to.equal(submit);
        expect(observer.querySelector('label')!.textContent, lang).to.contain(label);
        expect(observer.querySelector('[part=error]')!.textContent, lang).to.contain(message);
        expect(form.shadowRoot!.querySelector('[part=error-summary] li')!.textContent, lang).to.contain(message);
        expect(controlOf(observer).value, lang).to.equal('Al');
        expect(form.value, lang).to.deep.equal({ observer: 'Al' });
      }
      await expect(form).to.be.accessible();
    });
  });
});
