import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@mentorkit/core/define/form.js';
import '@mentorkit/elements/define/observation-form.js';
import '@mentorkit/elements/define/rag-rubric.js';
import '@mentorkit/elements/define/agreement.js';
import { MkForm, type MkInvalidEvent, type Problem } from '@mentorkit/core';
import { escaping } from '../support/escaping.js';
import rubricRecord from '../../schemas/examples/valid/itt-mentor-standards-rag.record.json' with { type: 'json' };
import agreementRecord from '../../schemas/examples/valid/respond-agreement.record.json' with { type: 'json' };
import { controlOf, fieldAt } from '../support/fields.js';

const goodSchema = { type: 'object', required: ['name'], properties: { name: { type: 'string', title: 'Name' } } };

/** What a host sees of one submit attempt: `submit()`'s result, the events, and whether its own form sent anything. */
interface Attempt {
  resolved: boolean;
  mkSubmit: number;
  mkInvalid: MkInvalidEvent[];
  hostSubmitted: number;
  checkValidity: boolean;
  hostFormValid: boolean;
}

/** Mounts `el` in a host form without browser validation (`novalidate`, the hardest case) and tries every way to submit. */
async function attempt(el: MkForm): Promise<Attempt> {
  const form = document.createElement('form');
  form.noValidate = true;
  form.append(el);
  const result: Attempt = { resolved: true, mkSubmit: 0, mkInvalid: [], hostSubmitted: 0, checkValidity: true, hostFormValid: true };
  form.addEventListener('submit', (event) => {
    if (!event.defaultPrevented) result.hostSubmitted++;
    event.preventDefault();
  });
  el.addEventListener('mk-submit', () => result.mkSubmit++);
  el.addEventListener('mk-invalid', (event) => result.mkInvalid.push(event as MkInvalidEvent));
  (await fixture(html`<div></div>`)).append(form);
  await el.updateComplete;
  await el.validationReady;
  await el.updateComplete;
  result.resolved = await el.submit();
  form.requestSubmit();
  result.checkValidity = el.checkValidity();
  form.noValidate = false;
  result.hostFormValid = form.checkValidity();
  await el.updateComplete;
  return result;
}

function expectBlocked(result: Attempt, where: string): void {
  expect(result.resolved, `${where}: submit() resolves`).to.equal(false);
  expect(result.mkSubmit, `${where}: mk-submit`).to.equal(0);
  expect(result.hostSubmitted, `${where}: the host form sent`).to.equal(0);
  expect(result.checkValidity, `${where}: checkValidity()`).to.equal(false);
  expect(result.hostFormValid, `${where}: the host form's checkValidity()`).to.equal(false);
  expect(result.mkInvalid.length, `${where}: mk-invalid`).to.be.greaterThan(0);
}

function shown(el: HTMLElement): string {
  return (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
}

function form(schema: unknown, props: Partial<MkForm> = {}): MkForm {
  const el = document.createElement('mk-form');
  Object.assign(el, { schema, ...props });
  return el;
}

describe('fail closed', () => {
  describe('while the schema, template or validator is in error', () => {
    const brokenSchemas: [string, unknown][] = [
      ['a number', 42],
      ['an array', []],
      ['an unknown type', { type: 'object', properties: { a: { type: 'text' } } }],
      ['properties that are not an object', { type: 'object', properties: 5 }],
      ['a remote $ref', { type: 'object', properties: { a: { $ref: 'https://example.org/x.json' } } }],
      ['a $ref to nothing', { type: 'object', properties: { a: { $ref: '#/$defs/missing' } } }],
      ['a $dynamicRef to nothing', { type: 'object', properties: { a: { $dynamicRef: '#nowhere' } } }],
    ];
    for (const [name, schema] of brokenSchemas) {
      it(`<mk-form> with a schema that has ${name} blocks every submit`, async () => {
        let result!: Attempt;
        const el = form(schema, { value: { keep: true } });
        const errors = await escaping(async () => void (result = await attempt(el)));
        expect(errors).to.deep.equal([]);
        expect(shown(el)).to.contain('This form cannot be shown');
        expectBlocked(result, name);
        expect(result.mkInvalid[0]!.problems[0]!.key).to.equal('schemaErrorTitle');
        expect(el.value).to.deep.equal({ keep: true });
      });
    }

    it('<mk-form> with a $ref cycle that validates nothing blocks every submit: the validator cannot check it', async () => {
      const cycle = { $defs: { a: { $ref: '#/$defs/b' }, b: { $ref: '#/$defs/a' } }, $ref: '#/$defs/a' };
      let result!: Attempt;
      const el = form(cycle, { value: { keep: true } });
      const errors = await escaping(async () => void (result = await attempt(el)));
      expect(errors).to.deep.equal([]);
      expectBlocked(result, 'cycle');
      expect(shown(el)).to.match(/This form cannot be shown|The record could not be checked/);
    });

    it('<mk-form> whose UI map is not an object, or names an unknown widget, blocks every submit', async () => {
      expectBlocked(await attempt(form(goodSchema, { ui: 5 as never, value: { name: 'x' } })), 'ui');
      expectBlocked(await attempt(form(goodSchema, { ui: { name: 'slider' } as never, value: { name: 'x' } })), 'widget');
    });

    it('<mk-form> without a schema has nothing to submit', async () => {
      expectBlocked(await attempt(form(undefined, { value: { name: 'x' } })), 'no schema');
    });

    it('<mk-form> whose validator fails to load blocks every submit', async () => {
      class FailingLoad extends MkForm {
        override connectedCallback(): void {
          super.connectedCallback();
          this.loadValidator(Promise.reject(new Error('the chunk is offline')));
        }
      }
      customElements.define('mk-failing-load-form', FailingLoad);
      const el = document.createElement('mk-failing-load-form') as MkForm;
      Object.assign(el, { schema: goodSchema, value: { name: 'Anna' } });
      const result = await attempt(el);
      expectBlocked(result, 'failed load');
      expect(shown(el)).to.contain('the chunk is offline');
    });

    for (const [name, template] of [
      ['an unknown template id', 'no-such-template'],
      ['a template of another kind', 'respond-agreement'],
      ['an invalid template object', { kind: 'observation', id: 'x', version: 'one', title: 5 }],
      ['no template', undefined],
    ] as const) {
      it(`<mk-observation-form> with ${name} blocks every submit`, async () => {
        const el = document.createElement('mk-observation-form') as MkForm & { template: unknown };
        el.template = template;
        const result = await attempt(el);
        expect(el.shadowRoot!.querySelector('[part=schema-error]'), 'the error panel').to.not.equal(null);
        expectBlocked(result, name);
      });
    }
  });

  describe('a host validator is host code: whatever it does, the record does not get through unchecked', () => {
    const validators: [string, (value: unknown) => unknown, string][] = [
      [
        'throws',
        () => {
          throw new TypeError('cannot read the record');
        },
        'The record could not be checked, so it cannot be sent.',
      ],
      ['returns undefined', () => undefined, 'The record could not be checked'],
      ['returns a string', () => 'invalid', 'The record could not be checked'],
      ['returns a problem that is not an object', () => [42], 'The record could not be checked'],
      [
        'returns a pointer that is not a JSON Pointer',
        () => [{ pointer: 'name', keyword: 'minLength', key: 'tooShort', params: { min: 3 } }],
        'Please use at least 3 characters.',
      ],
      [
        'returns a problem without params',
        () => [{ pointer: '/name', keyword: 'minLength', key: 'tooShort' }],
        'Name: Please use at least',
      ],
      [
        'returns a problem whose key is hasOwnProperty',
        () => [{ pointer: '/name', keyword: 'x', key: 'hasOwnProperty', params: {} }],
        'Name: This value is not valid.',
      ],
      [
        'returns a problem whose key is constructor',
        () => [{ pointer: '/name', keyword: 'x', key: 'constructor', params: {} }],
        'Name: This value is not valid.',
      ],
      ['returns a problem with a numeric pointer and no keyword', () => [{ pointer: 7 }], 'This value is not valid.'],
    ];
    for (const [name, validator, message] of validators) {
      it(`a validator that ${name} blocks the submit and says so`, async () => {
        let result!: Attempt;
        const el = form(goodSchema, { value: { name: 'Anna' }, validator: validator as never });
        const errors = await escaping(async () => void (result = await attempt(el)));
        expect(errors).to.deep.equal([]);
        expectBlocked(result, name);
        const summary = el.shadowRoot!.querySelector('[part=error-summary]')!;
        expect(summary.textContent!.replace(/\s+/g, ' ')).to.contain(message);
        expect(summary.textContent).not.to.contain('native code');
        expect(summary.textContent).not.to.contain('[object');
        await expect(el).to.be.accessible();
      });
    }

    it('a malformed problem carries what was wrong with it', async () => {
      const el = form(goodSchema, { value: { name: 'Anna' }, validator: (() => [{ pointer: 'name', keyword: 'x' }]) as never });
      (await fixture(html`<div></div>`)).append(el);
      await el.updateComplete;
      const [problem] = el.problems as Problem[];
      expect(problem!.pointer).to.equal('');
      expect(problem!.params['issue']).to.equal(
        'Problem 0 from the record validator is malformed: its pointer "name" is not a JSON Pointer.',
      );
    });
  });

  describe('values the host sets are checked at the boundary', () => {
    it('value = null stays null and is reported, not replaced by {}', async () => {
      const el = form(goodSchema, { value: null });
      const result = await attempt(el);
      expect(el.value).to.equal(null);
      expectBlocked(result, 'null');
      expect(result.mkInvalid[0]!.problems.map((p) => `${p.pointer} ${p.keyword}`)).to.include(' type');
    });

    it('a text field holding {"toString":"x"} shows nothing, throws nothing, and is invalid until typed over', async () => {
      let result!: Attempt;
      const el = form(goodSchema, { value: JSON.parse('{"name": {"toString": "x"}}') as unknown });
      const errors = await escaping(async () => void (result = await attempt(el)));
      expect(errors).to.deep.equal([]);
      expectBlocked(result, 'object in a text field');
      const input = controlOf(fieldAt(el, '/name'));
      expect(input.value).to.equal('');
      expect((el.value as { name: unknown }).name).to.deep.equal({ toString: 'x' });
      input.focus();
      await sendKeys({ type: 'Anna' });
      await waitUntil(() => (el.value as { name: unknown }).name === 'Anna', 'typed over');
      expect(await el.submit()).to.equal(true);
    });

    for (const [name, make, message] of [
      [
        'nested 100,000 levels deep',
        () => {
          let deep: Record<string, unknown> = {};
          const root = deep;
          for (let i = 0; i < 100_000; i++) deep = (deep['a'] = {}) as Record<string, unknown>;
          return root;
        },
        'nests deeper than 1000 levels',
      ],
      [
        'referring to itself',
        () => {
          const value: Record<string, unknown> = { name: 'x' };
          value['self'] = value;
          return value;
        },
        'refers to itself (again at "/self")',
      ],
      ['holding a function', () => ({ name: 'x', save: () => 1 }), 'the value at "/save" is a function, not JSON data'],
      ['holding a Date', () => ({ name: 'x', when: new Date(0) }), 'the value at "/when" is a Date, not a plain object'],
      ['holding NaN', () => ({ name: 'x', n: NaN }), 'the value at "/n" is NaN'],
    ] as const) {
      it(`a record ${name} is refused with an error naming why, and nothing is thrown`, async () => {
        let result!: Attempt;
        const el = form(goodSchema);
        const errors = await escaping(async () => {
          el.value = make();
          result = await attempt(el);
        });
        expect(errors).to.deep.equal([]);
        expect(shown(el)).to.contain('The record was not loaded');
        expect(shown(el)).to.contain(message);
        expectBlocked(result, name);
        el.value = { name: 'Anna' };
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part=schema-error]'), 'a good value loads again').to.equal(null);
        expect(await el.submit()).to.equal(true);
      });
    }

    for (const [tag, template, record] of [
      ['mk-rag-rubric', 'itt-mentor-standards-rag', rubricRecord],
      ['mk-agreement', 'respond-agreement', agreementRecord],
    ] as const) {
      for (const lang of ['en_US', 'not a tag', 'constructor']) {
        it(`<${tag} lang="${lang}"> renders in a valid language instead of going blank`, async () => {
          const warnings: string[] = [];
          const warn = console.warn;
          console.warn = (message: string) => warnings.push(message);
          let el!: MkForm;
          try {
            const errors = await escaping(async () => {
              el = document.createElement(tag) as MkForm;
              // Unsigned, so the agreement shows its signature controls.
              Object.assign(el, { template, value: { ...structuredClone(record), signatures: [] } });
              el.setAttribute('lang', lang);
              (await fixture(html`<div></div>`)).append(el);
              await el.updateComplete;
              await el.validationReady;
              await el.updateComplete;
            });
            expect(errors).to.deep.equal([]);
          } finally {
            console.warn = warn;
          }
          expect(el.shadowRoot!.querySelector('[part=schema-error]')).to.equal(null);
          expect(shown(el).length, 'rendered').to.be.greaterThan(200);
          if (tag === 'mk-agreement')
            expect(el.shadowRoot!.querySelectorAll('mk-signature').length, 'signature controls').to.be.greaterThan(0);
          else expect(el.shadowRoot!.querySelectorAll('[part=standard]').length, 'standards').to.be.greaterThan(0);
          // Reported once per page: by the rubric, which renders first.
          if (tag === 'mk-rag-rubric') {
            expect(warnings.join('\n')).to.contain(`lang="${lang}" is not a valid BCP 47 language tag`);
            if (lang === 'en_US') expect(warnings.join('\n')).to.contain('reading it as "en-US"');
          }
        });
      }
    }
  });
});
