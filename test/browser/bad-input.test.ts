import { expect, fixture, html } from '@open-wc/testing';
import '@mentorkit/core/define/form.js';
import '@mentorkit/elements/define/observation-form.js';
import '@mentorkit/elements/define/rag-rubric.js';
import '@mentorkit/elements/define/agreement.js';
import '@mentorkit/elements/define/development-plan.js';
import type { MkForm } from '@mentorkit/core';
import { escaping } from '../support/escaping.js';
import observationRecord from '../../schemas/examples/valid/respond-observation.record.json' with { type: 'json' };
import rubricRecord from '../../schemas/examples/valid/itt-mentor-standards-rag.record.json' with { type: 'json' };
import agreementRecord from '../../schemas/examples/valid/respond-agreement.record.json' with { type: 'json' };
import planRecord from '../../schemas/examples/valid/respond-development-plan.record.json' with { type: 'json' };

/** Replaces every leaf of a JSON value with a value of another type. */
/** How many values `wrongTypes` replaces. */
function countLeaves(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + countLeaves(v), 0);
  if (value && typeof value === 'object')
    return Object.entries(value).reduce(
      (n: number, [k, v]) => n + (['kind', 'schemaVersion', 'template'].includes(k) ? 0 : countLeaves(v)),
      0,
    );
  return 1;
}

function wrongTypes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(wrongTypes);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, ['kind', 'schemaVersion', 'template'].includes(k) ? v : wrongTypes(v)]),
    );
  if (typeof value === 'string') return 42;
  if (typeof value === 'number') return 'not a number';
  if (typeof value === 'boolean') return 'yes';
  return { unexpected: true };
}

function schemaError(el: MkForm): string {
  return el.shadowRoot!.querySelector('[part=schema-error]')?.textContent ?? '';
}

const documents = [
  {
    tag: 'mk-observation-form',
    kind: 'observation',
    template: 'respond-observation',
    record: observationRecord,
    incomplete: {},
    missing: '/information/date',
  },
  {
    tag: 'mk-rag-rubric',
    kind: 'rubric',
    template: 'itt-mentor-standards-rag',
    record: rubricRecord,
    incomplete: { respondent: { email: 'a@b.example' } },
    missing: '/respondent/name',
  },
  {
    tag: 'mk-agreement',
    kind: 'agreement',
    template: 'respond-agreement',
    record: agreementRecord,
    incomplete: { parties: { mentor: [{ type: 'person', person: { position: 'Mentor' } }] } },
    missing: '/parties/mentor/0/person/name',
  },
  {
    tag: 'mk-development-plan',
    kind: 'plan',
    template: 'respond-development-plan',
    record: planRecord,
    incomplete: { header: { position: 'Teacher' } },
    missing: '/header/name',
  },
];

async function mount(tag: string, template: unknown, value: unknown): Promise<MkForm> {
  const el = document.createElement(tag) as MkForm & { template: unknown };
  el.template = template;
  el.value = value;
  await fixture(html`<div></div>`).then((host) => host.append(el));
  await el.updateComplete;
  await el.validationReady;
  await el.updateComplete;
  return el;
}

describe('bad input never blanks the page', () => {
  describe('<mk-form>', () => {
    for (const [name, schema, where] of [
      ['a number', 42, '/'],
      ['a string', 'type: object', '/'],
      ['an array', [], '/'],
      ['an unknown type', { type: 'object', properties: { a: { type: 'text' } } }, '/properties/a/type'],
      ['properties that are not an object', { type: 'object', properties: 5 }, '/properties'],
      ['a remote $ref', { type: 'object', properties: { a: { $ref: 'https://example.org/x.json' } } }, '/properties/a'],
    ] as const) {
      it(`shows what is wrong with a schema that is ${name}, and keeps the data`, async () => {
        let el!: MkForm;
        const errors = await escaping(async () => {
          el = await fixture<MkForm>(html`<mk-form .schema=${schema} .value=${{ keep: [1, 2] }}></mk-form>`);
          await el.updateComplete;
        });
        expect(errors).to.deep.equal([]);
        expect(schemaError(el)).to.contain('This form cannot be shown');
        expect(schemaError(el)).to.contain(`at ${where}`);
        expect(el.value).to.deep.equal({ keep: [1, 2] });
      });
    }

    it('shows what is wrong with a UI map that is not an object', async () => {
      const el = await fixture<MkForm>(html`<mk-form .schema=${{ type: 'object', properties: {} }} .ui=${5 as never}></mk-form>`);
      expect(schemaError(el)).to.contain('at ui');
    });
  });

  for (const { tag, kind, template, record, incomplete, missing } of documents) {
    describe(`<${tag}>`, () => {
      it('names the problem of an invalid template and keeps the record', async () => {
        const broken = { ...structuredClone(record), kind: undefined };
        let el!: MkForm;
        const errors = await escaping(async () => {
          el = await mount(tag, { kind, id: 'x', version: 'one', title: 5 }, broken);
        });
        expect(errors).to.deep.equal([]);
        expect(schemaError(el)).to.match(/template\/(version|title|schemaVersion|attribution)/);
        expect(el.value).to.deep.equal(broken);
      });

      it('shows a record of the wrong kind with its error, keeping all of it', async () => {
        const wrong = { ...structuredClone(record), kind: kind === 'agreement' ? 'observation' : 'agreement', otherSystem: { id: 1 } };
        const el = await mount(tag, template, wrong);
        expect(el.problems.map((p) => p.pointer)).to.include('/kind');
        expect(el.shadowRoot!.querySelector('[part=error-summary]')!.hasAttribute('hidden')).to.equal(false);
        expect(el.value).to.deep.equal(wrong);
      });

      it('shows a record of an unknown schema version with its error', async () => {
        const wrong = { ...structuredClone(record), schemaVersion: 99 };
        const el = await mount(tag, template, wrong);
        expect(el.problems.map((p) => p.pointer)).to.include('/schemaVersion');
        expect(el.value).to.deep.equal(wrong);
      });

      it('renders a record with wrong types in every field, lists the problems and drops nothing', async () => {
        const wrong = wrongTypes(structuredClone(record)) as Record<string, unknown>;
        console.log(`bad input: <${tag}> ${countLeaves(record)} values replaced by values of another type`);
        let el!: MkForm;
        const errors = await escaping(async () => {
          el = await mount(tag, template, wrong);
        });
        expect(errors).to.deep.equal([]);
        expect(el.problems.length).to.be.greaterThan(5);
        expect(el.shadowRoot!.querySelector('[part=error-summary] li')).to.exist;
        expect(JSON.parse(JSON.stringify(el.value))).to.deep.equal(JSON.parse(JSON.stringify(wrong)));
      });

      it('refuses a record missing its required parts, naming them', async () => {
        const el = await mount(tag, template, incomplete);
        expect(await el.submit()).to.equal(false);
        await el.updateComplete;
        expect(el.problems.map((p) => p.pointer)).to.include(missing);
        expect(el.shadowRoot!.querySelector('[part=error-summary]')!.textContent).to.match(/problem/);
      });
    });
  }
});
