import { expect, fixture, html } from '@open-wc/testing';
import '../define/form.js';
import '../define/date-field.js';
import type { MkForm } from '../form/form.js';
import { en } from './en.js';
import type { Translation } from './translation.js';
import { fi } from './fi.js';
import { it as italian } from './it.js';
import { nb } from './nb.js';
import { nl } from './nl.js';
import { availableLanguages, loadTranslation, registerTranslation, term, translationFor } from './catalogue.js';

describe('catalogues loaded on demand', () => {
  it('never waits for English, nor for a language without a catalogue', () => {
    for (const lang of [undefined, 'en', 'en-GB', 'sv', 'constructor']) expect(loadTranslation(lang), String(lang)).to.equal(undefined);
  });

  it('reads English for a built-in language until its catalogue is loaded, then the language', async () => {
    expect(term('fi', 'required')).to.equal(en.required);
    const loading = loadTranslation('fi-FI');
    expect(loading, 'a promise while the catalogue loads').to.be.instanceOf(Promise);
    expect(loadTranslation('fi'), 'one load per language').to.equal(loading);
    await loading;
    expect(term('fi-FI', 'required')).to.equal('pakollinen');
    expect(loadTranslation('fi'), 'nothing to wait for once loaded').to.equal(undefined);
  });

  it('loads Bokmål for "no"', async () => {
    await loadTranslation('no');
    expect(translationFor('no').$code).to.equal('nb');
    expect(translationFor('nb-NO').$code).to.equal('nb');
  });

  it('lists the built-in languages before they are loaded', () => {
    expect(availableLanguages()).to.include.members(['en', 'nb', 'fi', 'it', 'nl']);
  });

  it('keeps a registered catalogue over the built-in one that would load', () => {
    registerTranslation({ ...en, $code: 'it', $name: 'Italiano (host)', required: 'richiesto' });
    expect(loadTranslation('it')).to.equal(undefined);
    expect(term('it', 'required')).to.equal('richiesto');
  });

  it('holds the first render of a form until its language has arrived, so it never shows English first', async () => {
    const form = document.createElement('mk-form') as MkForm;
    form.lang = 'nl';
    form.schema = { type: 'object', required: ['name'], properties: { name: { type: 'string', title: 'Naam' } } };
    const rendered: string[] = [];
    const observer = new MutationObserver(() => rendered.push(form.shadowRoot?.innerHTML ?? ''));
    document.body.append(form);
    observer.observe(form.shadowRoot!, { childList: true, subtree: true, characterData: true, attributes: true });
    await form.updateComplete;
    observer.disconnect();
    expect(form.shadowRoot!.textContent).to.contain('Versturen');
    expect(rendered.length, 'rendered').to.be.greaterThan(0);
    expect(rendered.join(' '), 'no English rendered on the way').not.to.match(/>\s*Submit/);
    form.remove();
  });

  it('renders a standalone field in its language on first render', async () => {
    const el = await fixture(html`<mk-date-field lang="nb" label="Dato"></mk-date-field>`);
    expect(el.shadowRoot!.querySelector('[part=format]')?.textContent).to.equal('Format dd.mm.åååå, for eksempel 24.11.2026');
  });
});

describe('a host catalogue written before the keys that fall back', () => {
  it('registers without them (it typechecks) and reads English for them: a refused property is named', async () => {
    // The catalogue a host wrote against session 9's keys: without the eight added in session 10.
    const added = [
      'tooFewEntries',
      'tooManyEntries',
      'containsCount',
      'notConst',
      'excluded',
      'nameNotAllowed',
      'notExpected',
      'hiddenByAnswer',
    ] as const;
    const before = Object.fromEntries(Object.entries(en).filter(([key]) => !(added as readonly string[]).includes(key))) as Omit<
      Translation,
      (typeof added)[number]
    >;
    registerTranslation({ ...before, $code: 'sv', $name: 'Svenska', submit: 'Skicka' });
    expect(translationFor('sv').notExpected({ name: 'legacyId' }), 'the catalogue read directly').to.equal(
      en.notExpected({ name: 'legacyId' }),
    );
    const form = await fixture<MkForm>(html`<mk-form lang="sv"></mk-form>`);
    form.schema = { type: 'object', additionalProperties: false, properties: { name: { type: 'string', title: 'Namn' } } };
    form.value = { name: 'Anna', legacyId: 7 };
    await form.updateComplete;
    expect(await form.submit(), 'the record is refused').to.equal(false);
    await form.updateComplete;
    const summary = form.shadowRoot!.querySelector('[part=error-summary]')!;
    expect(form.shadowRoot!.querySelector('[part=submit]')!.textContent!.trim()).to.equal('Skicka');
    expect(summary.textContent).to.contain('This record holds “legacyId”, which this form does not have.');
  });
});

describe('messages with a count', () => {
  it('say one character, and several characters, in every built-in language', () => {
    const expected = [
      [en, 'Please use at least 1 character.', 'Please use at least 3 characters.', 'Please use no more than 1 character.'],
      [nb, 'Bruk minst 1 tegn.', 'Bruk minst 3 tegn.', 'Bruk høyst 1 tegn.'],
      [fi, 'Käytä vähintään 1 merkki.', 'Käytä vähintään 3 merkkiä.', 'Käytä enintään 1 merkki.'],
      [italian, 'Usa almeno 1 carattere.', 'Usa almeno 3 caratteri.', 'Usa al massimo 1 carattere.'],
      [nl, 'Gebruik minstens 1 teken.', 'Gebruik minstens 3 tekens.', 'Gebruik hoogstens 1 teken.'],
    ] as const;
    for (const [catalogue, one, three, atMostOne] of expected) {
      expect(catalogue.tooShort({ min: 1 }), catalogue.$code).to.equal(one);
      expect(catalogue.tooShort({ min: 3 }), catalogue.$code).to.equal(three);
      expect(catalogue.tooLong({ max: 1 }), catalogue.$code).to.equal(atMostOne);
    }
  });
});
