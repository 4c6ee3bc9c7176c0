import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { fromAjvErrors } from '@mentorkit/schemas/errors.js';
import '../define/form.js';
import type { MkForm } from '../form/form.js';
import { loadTranslation, translationFor } from '../l10n/catalogue.js';
import { controlOf, fieldAt, inside } from '../../../../test/support/fields.js';
import { messageFor } from './message.js';
import type { Problem } from './problem.js';
import { createRuntimeValidator } from './runtime-validator.js';

const languages = ['en', 'nb', 'fi', 'it', 'nl'] as const;

// One property per keyword whose problem has a message of its own, with a record that breaks it, and what English says.
const cases: { keyword: string; schema: object; value: unknown; pointer: string; en: string }[] = [
  {
    keyword: 'minProperties',
    schema: { type: 'object', minProperties: 2, additionalProperties: { type: 'string' } },
    value: { a: 'x' },
    pointer: '',
    en: 'Please fill in at least 2 entries.',
  },
  {
    keyword: 'maxProperties',
    schema: { type: 'object', maxProperties: 1, additionalProperties: { type: 'string' } },
    value: { a: 'x', b: 'y' },
    pointer: '',
    en: 'Please keep to 1 entry or fewer.',
  },
  {
    keyword: 'contains',
    schema: { type: 'array', contains: { const: 'lead' } },
    value: ['member'],
    pointer: '',
    en: 'This list needs at least 1 item of the kind it asks for.',
  },
  {
    keyword: 'minContains',
    schema: { type: 'array', contains: { const: 'lead' }, minContains: 2, maxContains: 3 },
    value: ['lead'],
    pointer: '',
    en: 'This list needs 2 to 3 items of the kind it asks for.',
  },
  {
    keyword: 'maxContains',
    schema: { type: 'array', contains: { const: 'lead' }, maxContains: 1 },
    value: ['lead', 'lead'],
    pointer: '',
    en: 'This list needs exactly 1 item of the kind it asks for.',
  },
  { keyword: 'const', schema: { const: true }, value: false, pointer: '', en: 'Please tick this box.' },
  { keyword: 'const', schema: { const: 'signed' }, value: 'draft', pointer: '', en: 'Please use “signed” here.' },
  { keyword: 'not', schema: { type: 'string', not: { const: 'n/a' } }, value: 'n/a', pointer: '', en: 'This value is not allowed here.' },
  {
    keyword: 'propertyNames',
    schema: { type: 'object', propertyNames: { pattern: '^[a-z]+$' } },
    value: { Bad: 1 },
    pointer: '/Bad',
    en: 'The name “Bad” is not allowed here.',
  },
  {
    keyword: 'additionalProperties',
    schema: { type: 'object', properties: { name: { type: 'string' } }, additionalProperties: false },
    value: { name: 'Kari', legacyId: 7 },
    pointer: '/legacyId',
    en: 'This record holds “legacyId”, which this form does not have.',
  },
  {
    keyword: 'unevaluatedProperties',
    schema: { type: 'object', allOf: [{ properties: { name: { type: 'string' } } }], unevaluatedProperties: false },
    value: { name: 'Kari', legacyId: 7 },
    pointer: '/legacyId',
    en: 'This record holds “legacyId”, which this form does not have.',
  },
  {
    keyword: 'exclusiveMinimum',
    schema: { type: 'number', exclusiveMinimum: 0 },
    value: 0,
    pointer: '',
    en: 'The value must be more than 0.',
  },
  {
    keyword: 'exclusiveMaximum',
    schema: { type: 'number', exclusiveMaximum: 10 },
    value: 10,
    pointer: '',
    en: 'The value must be less than 10.',
  },
  { keyword: 'uniqueItems', schema: { type: 'array', uniqueItems: true }, value: [1, 1], pointer: '', en: 'Each item must be different.' },
  { keyword: 'multipleOf', schema: { type: 'number', multipleOf: 5 }, value: 7, pointer: '', en: 'The value must be a multiple of 5.' },
  {
    keyword: 'dependentRequired',
    schema: { type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' } }, dependentRequired: { a: ['b'] } },
    value: { a: 'x' },
    pointer: '/b',
    en: 'Please fill in this field.',
  },
];

async function precompiledProblems(schema: object, value: unknown): Promise<Problem[]> {
  const { errors } = (await executeServerCommand('ajv-validate', { schema, data: value })) as { errors: never[] };
  return fromAjvErrors(errors);
}

describe('problem messages', () => {
  before(() => Promise.all(languages.map((lang) => loadTranslation(lang))));

  for (const { keyword, schema, value, pointer, en } of cases) {
    it(`say what is wrong for ${keyword} (${JSON.stringify(value)}), alike from the run-time and the precompiled validator, in every language`, async () => {
      const runtime = createRuntimeValidator(schema)(value);
      const precompiled = await precompiledProblems(schema, value);
      for (const [path, problems] of [
        ['run time', runtime],
        ['precompiled', precompiled],
      ] as const) {
        expect(
          problems.map((p) => p.pointer),
          path,
        ).to.deep.equal([pointer]);
        expect(messageFor(problems[0]!, 'en'), path).to.equal(en);
        for (const lang of languages) {
          const message = messageFor(problems[0]!, lang);
          expect(message, `${path} ${lang}`).to.not.equal(translationFor(lang).invalid);
          expect(message, `${path} ${lang}: the same sentence from both validators`).to.equal(messageFor(runtime[0]!, lang));
          for (const number of en.match(/\d+/g) ?? []) expect(message, `${path} ${lang} names ${number}`).to.contain(number);
        }
      }
    });
  }
});

describe('a list that allows no items past its prefix (`items: false`)', () => {
  const closed: { name: string; schema: object; value: unknown; pointer: string; keyword: string; max: number; en: string }[] = [
    {
      name: 'after prefixItems',
      schema: { type: 'array', prefixItems: [{ type: 'string' }, { type: 'number' }], items: false },
      value: ['a', 1, 'x', 'y'],
      pointer: '',
      keyword: 'items',
      max: 2,
      en: 'Please keep to 2 items or fewer.',
    },
    {
      name: 'inside a record',
      schema: { type: 'object', properties: { pair: { type: 'array', prefixItems: [{ type: 'string' }], items: false } } },
      value: { pair: ['a', 'b', 'c'] },
      pointer: '/pair',
      keyword: 'items',
      max: 1,
      en: 'Please keep to 1 item or fewer.',
    },
    {
      name: 'with no prefix',
      schema: { type: 'array', items: false },
      value: [1, 2],
      pointer: '',
      keyword: 'items',
      max: 0,
      en: 'Please keep to 0 items or fewer.',
    },
    {
      name: 'draft-07 additionalItems',
      schema: { $schema: 'http://json-schema.org/draft-07/schema#', type: 'array', items: [{ type: 'string' }], additionalItems: false },
      value: ['a', 'b', 'c'],
      pointer: '',
      keyword: 'additionalItems',
      max: 1,
      en: 'Please keep to 1 item or fewer.',
    },
  ];
  for (const { name, schema, value, pointer, keyword, max, en } of closed) {
    it(`is one problem at the list, the same from the run-time and the precompiled validator (${name})`, async () => {
      const expected = [{ pointer, keyword, key: 'tooManyItems', params: { max } }];
      expect(createRuntimeValidator(schema)(value), 'run time').to.deep.equal(expected);
      expect(await precompiledProblems(schema, value), 'precompiled').to.deep.equal(expected);
      expect(messageFor(expected[0]!, 'en')).to.equal(en);
      // The items of the prefix are still checked: a wrong one is its own problem, at that item.
      const wrongFirst = JSON.parse(JSON.stringify(value), (_key, v) => (v === 'a' ? 7 : v));
      const runtime = createRuntimeValidator(schema)(wrongFirst);
      expect(
        runtime.map((p) => [p.pointer, p.key]),
        'run time (in any order)',
      ).to.have.deep.members((await precompiledProblems(schema, wrongFirst)).map((p) => [p.pointer, p.key]));
    });
  }
});

describe('<mk-form> problem messages', () => {
  const schema = {
    type: 'object',
    properties: {
      labels: { type: 'object', title: 'Labels', minProperties: 2, additionalProperties: { type: 'string' } },
      consent: { title: 'I agree to share this record', const: true },
    },
  };
  const expected = {
    en: ['Labels: Please fill in at least 2 entries.', 'I agree to share this record: Please tick this box.'],
    nb: ['Labels: Fyll ut minst 2 oppføringer.', 'I agree to share this record: Kryss av i denne boksen.'],
    fi: ['Labels: Täytä vähintään 2 merkintää.', 'I agree to share this record: Valitse tämä ruutu.'],
    it: ['Labels: Compila almeno 2 voci.', 'I agree to share this record: Seleziona questa casella.'],
    nl: ['Labels: Vul minstens 2 items in.', 'I agree to share this record: Vink dit vakje aan.'],
  };

  for (const lang of languages) {
    it(`name the field and what is wrong in the summary after a submit by keyboard (${lang})`, async () => {
      const form = await fixture<MkForm>(html`<mk-form lang=${lang} .schema=${schema} .value=${{ labels: { mentor: 'Anna' } }}></mk-form>`);
      await form.validationReady;
      const consent = form.shadowRoot!.querySelector<HTMLInputElement>('[path="/consent"] input')!;
      consent.focus();
      // Ticked and unticked again: the box stays false, which its const refuses.
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Space' });
      form.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit]')!.focus();
      await sendKeys({ press: 'Enter' });
      const summary = form.shadowRoot!.querySelector<HTMLElement>('[part=error-summary]')!;
      await waitUntil(() => !summary.hidden && form.shadowRoot!.activeElement === summary, 'the summary shows and has the focus');
      const items = [...summary.querySelectorAll('li')].map((li) => li.textContent!.trim());
      expect(items).to.deep.equal(expected[lang]);
      await expect(form).to.be.accessible();
    });
  }
});

describe('<mk-form> bounds that exclude themselves', () => {
  // Draft-04 writes them as booleans beside the bound (older LMS and portal schemas), 2020-12 as the bound itself.
  const schemas = {
    'draft-04': {
      $schema: 'http://json-schema.org/draft-04/schema#',
      type: 'object',
      properties: { score: { type: 'number', title: 'Score', minimum: 0, maximum: 10, exclusiveMaximum: true } },
    },
    '2020-12': { type: 'object', properties: { score: { type: 'number', title: 'Score', minimum: 0, exclusiveMaximum: 10 } } },
  };
  for (const [dialect, schema] of Object.entries(schemas)) {
    it(`refuse the bound as it is typed, and say so (${dialect})`, async () => {
      const form = await fixture<MkForm>(html`<mk-form .schema=${schema}></mk-form>`);
      await form.validationReady;
      const field = fieldAt(form, '/score');
      controlOf(field).focus();
      await sendKeys({ type: '10' });
      await sendKeys({ press: 'Tab' });
      await form.updateComplete;
      expect(inside(field).querySelector('[part=error]')?.textContent).to.contain('The value must be less than 10.');
      expect(form.checkValidity(), 'the whole record is refused too').to.equal(false);
      expect(form.problems.map((p) => messageFor(p, 'en'))).to.deep.equal(['The value must be less than 10.']);
      controlOf(field).focus();
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ type: '9.5' });
      await sendKeys({ press: 'Tab' });
      await form.updateComplete;
      expect(inside(field).querySelector('[part=error]')?.textContent ?? '').to.not.contain('less than');
      expect(form.checkValidity()).to.equal(true);
      expect(form.value).to.deep.equal({ score: 9.5 });
      await expect(form).to.be.accessible();
    });
  }
});
