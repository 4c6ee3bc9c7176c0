import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { localise, term, type MkForm } from '@mentorkit/core';
import { builtInTemplates } from '@mentorkit/schemas';
import '../define/agreement.js';
import '../define/development-plan.js';
import '../define/observation-form.js';
import '../define/plan-step.js';
import '../define/rag-rubric.js';
import { controlOf } from '../../../../test/support/fields.js';

const tags = { observation: 'mk-observation-form', agreement: 'mk-agreement', rubric: 'mk-rag-rubric', plan: 'mk-development-plan' };
const languages = ['nb', 'fi', 'it', 'nl', 'en'];

/** The first writable text field or textarea the element renders. */
function firstTextField(root: ParentNode): HTMLElement | undefined {
  for (const el of root.querySelectorAll<HTMLElement>('.field[data-kind=text], .field[data-kind=textarea]')) {
    const control = controlOf(el);
    if (!control.readOnly && !control.disabled && !el.closest('[hidden]')) return el;
  }
  return undefined;
}

function record(el: MkForm): unknown {
  return JSON.parse(JSON.stringify(el.value));
}

async function render(tag: string, attributes: Record<string, string>): Promise<MkForm> {
  const host = await fixture(html`<div></div>`);
  const el = document.createElement(tag) as MkForm;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  host.append(el);
  await el.updateComplete;
  return el;
}

describe('live lang on every document element', function () {
  this.timeout(60_000);

  for (const [id, template] of Object.entries(builtInTemplates)) {
    const tag = tags[template.kind];
    it(`${tag} template="${id}" switches between all five languages, keeping what was typed`, async () => {
      const el = await render(tag, { template: id, ...(tag === 'mk-development-plan' ? { today: '2026-01-15' } : {}) });
      const input = firstTextField(el.shadowRoot!);
      expect(input, 'a text field to type into').to.exist;
      controlOf(input!).focus();
      await sendKeys({ type: 'Typed before the switch' });
      const typed = record(el);
      expect(JSON.stringify(typed)).to.contain('Typed before the switch');

      for (const lang of languages) {
        el.lang = lang;
        await el.updateComplete;
        const title = el.shadowRoot!.querySelector('h2')!.textContent!.trim();
        expect(title, `${lang} title`).to.equal(localise(template.title, lang).trim());
        const submit = el.shadowRoot!.querySelector('[part=submit]');
        if (submit) expect(submit.textContent!.trim(), `${lang} submit`).to.equal(term(lang, 'submit'));
        expect(record(el), `${lang} record`).to.deep.equal(typed);
        expect(input!.isConnected, `${lang}: the field typed into is kept`).to.equal(true);
        expect(controlOf(input!).value).to.contain('Typed before the switch');
      }
    });
  }

  it('<mk-plan-step> follows a change of <html lang>, keeping what was typed', async () => {
    const page = document.documentElement;
    const pageLang = page.lang;
    try {
      const el = await render('mk-plan-step', { template: 'respond-development-plan', step: 'step-1' });
      const input = firstTextField(el.shadowRoot!)!;
      controlOf(input).focus();
      await sendKeys({ type: 'Typed' });
      const typed = record(el);
      const heading = () => el.shadowRoot!.querySelector('h2, h3, h4')!.textContent!.trim();
      const english = heading();
      for (const lang of ['nb', 'fi', 'it', 'nl']) {
        page.lang = lang;
        const step = builtInTemplates['respond-development-plan'].steps[0]!;
        await waitUntil(() => heading() === localise(step.title, lang).trim(), `${lang} step title`);
        expect(record(el)).to.deep.equal(typed);
      }
      page.lang = 'en';
      await waitUntil(() => heading() === english, 'back in English');
      expect(record(el)).to.deep.equal(typed);
    } finally {
      page.lang = pageLang;
    }
  });
});

describe('a language missing from a template', () => {
  const partly = {
    ...structuredClone(builtInTemplates['respond-observation']),
    id: 'partly-translated',
    title: { en: 'Observation form', nb: 'Observasjonsskjema' },
    description: { en: 'A short form.', nb: 'Et kort skjema.' },
  };

  it('falls back to English, marked by a note and the text’s own lang', async () => {
    const host = await fixture(html`<div></div>`);
    const el = document.createElement('mk-observation-form') as MkForm & { template: unknown };
    el.template = partly;
    el.lang = 'nb';
    host.append(el);
    await el.updateComplete;
    const title = () => el.shadowRoot!.querySelector('h2')!;
    expect(el.shadowRoot!.querySelector('[part=untranslated]'), 'nb: the template has Norwegian').to.equal(null);
    expect(title().hasAttribute('lang')).to.equal(false);
    el.lang = 'fi';
    await el.updateComplete;
    expect(title().textContent).to.equal('Observation form');
    expect(title().getAttribute('lang')).to.equal('en');
    const note = el.shadowRoot!.querySelector('[part=untranslated]')!;
    expect(note.getAttribute('role')).to.equal('note');
    expect(note.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'EN Tässä lomakkeessa ei ole tekstiä kielellä suomi: teksti näytetään kielellä englanti.',
    );
    await expect(el).to.be.accessible();
  });

  it('marks a built-in template read in a language outside the five', async () => {
    const el = await render('mk-rag-rubric', { template: 'mensi-success-conditions', lang: 'sv' });
    const note = el.shadowRoot!.querySelector('[part=untranslated]')!;
    expect(note.textContent!.replace(/\s+/g, ' ').trim()).to.equal('EN This form has no text in Swedish: its text is shown in English.');
    expect(el.shadowRoot!.querySelector('h2')!.getAttribute('lang')).to.equal('en');
    el.lang = 'it';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=untranslated]')).to.equal(null);
  });
});

describe('dates in a document element', () => {
  it('are typed and shown in nb and en-GB forms, and stored as ISO 8601', async () => {
    const el = await render('mk-observation-form', { template: 'respond-observation', lang: 'nb' });
    const date = el.shadowRoot!.querySelector<HTMLElement>('.field[data-kind=date][path="/information/date"]')!;
    const input = () => date.querySelector('input')!;
    input().focus();
    await sendKeys({ type: '24.11.2026' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect((el.value as { information: { date: string } }).information.date).to.equal('2026-11-24');
    expect(input().value).to.equal('24.11.2026');
    el.lang = 'en-GB';
    await el.updateComplete;
    expect(input().value).to.equal('24/11/2026');
    input().focus();
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'a' });
    await sendKeys({ up: 'Control' });
    await sendKeys({ type: '01/12/2026' });
    await sendKeys({ press: 'Tab' });
    expect((el.value as { information: { date: string } }).information.date).to.equal('2026-12-01');
    el.lang = 'nb';
    await el.updateComplete;
    expect(input().value).to.equal('01.12.2026');
  });
});
