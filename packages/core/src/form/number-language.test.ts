import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define/form.js';
import '../define/number-field.js';
import { loadTranslation } from '../l10n/catalogue.js';
import type { MkNumberField } from '../number-field/number-field.js';
import type { MkForm } from './form.js';
import { controlOf, fieldAt, inside } from '../../../../test/support/fields.js';

const schema = { type: 'object', properties: { score: { type: 'number', title: 'Poeng' } } };

/** Types `text` into the score field of a form in `lang` and leaves it; what the field shows and the record holds. */
async function typed(lang: string, text: string): Promise<{ form: MkForm; shown: string; value: unknown; error: string }> {
  const form = await fixture<MkForm>(html`<mk-form lang=${lang} .schema=${schema}></mk-form>`);
  await form.validationReady;
  const field = fieldAt(form, '/score');
  const input = controlOf(field) as HTMLInputElement;
  input.focus();
  await sendKeys({ type: text });
  await sendKeys({ press: 'Tab' });
  await form.updateComplete;
  return {
    form,
    shown: input.value,
    value: (form.value as { score?: unknown }).score,
    error: inside(field).querySelector('[part=error]')?.textContent?.trim() ?? '',
  };
}

describe('number fields read what is typed in the form’s language, not the browser’s', () => {
  before(() => Promise.all(['nb', 'nl'].map((lang) => loadTranslation(lang))));

  it('reads "1,5" in a Norwegian form as 1.5 (it was 15: <input type=number> dropped the comma)', async () => {
    const { shown, value, error, form } = await typed('nb', '1,5');
    expect(value).to.equal(1.5);
    expect(shown).to.equal('1,5');
    expect(error).to.equal('');
    expect(form.checkValidity()).to.equal(true);
  });

  it('reads "1.5" there too and shows it the Norwegian way once left', async () => {
    const { shown, value } = await typed('nb', '1.5');
    expect(value).to.equal(1.5);
    expect(shown).to.equal('1,5');
  });

  it('keeps text that is no clear number as typed, refuses it and submits nothing', async () => {
    for (const [lang, text] of [
      ['nl', '1.500'],
      ['en', '1,5'],
      ['en', 'twelve'],
    ] as const) {
      const { shown, value, error, form } = await typed(lang, text);
      expect(value, `${lang} ${text}: kept in the record as typed, not lost`).to.equal(text);
      expect(shown).to.equal(text);
      expect(error, `${lang} ${text}`).to.not.equal('');
      expect(form.checkValidity(), `${lang} ${text}`).to.equal(false);
    }
  });

  it('steps with ArrowUp and ArrowDown, in the form and on its own', async () => {
    const form = await fixture<MkForm>(html`<mk-form lang="nb" .schema=${schema} .value=${{ score: 1.5 }}></mk-form>`);
    const input = controlOf(fieldAt(form, '/score')) as HTMLInputElement;
    expect(input.value, 'a loaded number is shown the Norwegian way').to.equal('1,5');
    const offered = await fixture<MkForm>(
      html`<mk-form
        lang="nb"
        .schema=${{ type: 'object', properties: { score: { type: 'number', default: 2.5 } } }}
        .value=${{}}
      ></mk-form>`,
    );
    expect((controlOf(fieldAt(offered, '/score')) as HTMLInputElement).placeholder, 'and a default offered').to.equal('2,5');
    input.focus();
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowDown' });
    await form.updateComplete;
    expect(form.value).to.deep.equal({ score: 2.5 });
    expect(input.value).to.equal('2,5');

    const alone = await fixture<MkNumberField>(html`<mk-number-field lang="nb" label="Poeng"></mk-number-field>`);
    alone.focus();
    await sendKeys({ type: '2,25' });
    expect(alone.modelValue).to.equal(2.25);
    await sendKeys({ press: 'ArrowDown' });
    expect(alone.modelValue).to.equal(1.25);
    await expect(form).to.be.accessible();
  });
});
