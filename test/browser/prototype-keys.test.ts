import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@mentorkit/core/define/form.js';
import '@mentorkit/elements/define/observation-form.js';
import type { MkForm, Problem } from '@mentorkit/core';
import { localise, messageFor } from '@mentorkit/core';
import { formatValidationError, getTemplate, validateRecord, validateTemplate } from '@mentorkit/schemas';
import { getAt, setAt } from '../../packages/core/src/store/pointer.js';
import { buildFieldTree } from '../../packages/core/src/schema/field-tree.js';
import { applyDefaults } from '../../packages/core/src/form/defaults.js';
import { controlOf, fieldAt, inside } from '../support/fields.js';

// Keys that reach Object.prototype (or its members) when code treats outside data as a plain object.
const keys = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];
const prototypeMembers = Object.getOwnPropertyNames(Object.prototype).sort();

/** Asserts that nothing reached Object.prototype. */
function expectNoPollution(where: string): void {
  expect(({} as { polluted?: unknown }).polluted, `${where}: ({}).polluted`).to.equal(undefined);
  expect(Object.getOwnPropertyNames(Object.prototype).sort(), `${where}: Object.prototype's members`).to.deep.equal(prototypeMembers);
  expect(typeof Object.prototype.toString, `${where}: toString`).to.equal('function');
  expect(typeof Object.prototype.hasOwnProperty, `${where}: hasOwnProperty`).to.equal('function');
}

/** Schema JSON text with `key` as a property name (parsed, so `__proto__` is an own key, as from a server). */
function schemaWith(key: string): object {
  return JSON.parse(`{
    "type": "object",
    "required": ["nested"],
    "properties": {
      ${JSON.stringify(key)}: {
        "type": "object", "title": "Group ${key}",
        "properties": { "polluted": { "type": "string", "title": "Polluted", "default": "yes" } }
      },
      "text": { "type": "string", "title": "Text" },
      "nested": {
        "type": "object", "title": "Nested", "required": [${JSON.stringify(key)}],
        "properties": { ${JSON.stringify(key)}: { "type": "string", "title": "Field ${key}", "default": "kept" } }
      }
    }
  }`) as object;
}

const field = fieldAt;

/** The text a user sees in an element, through every shadow root inside it. */
function shownText(root: Node): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    if (node instanceof HTMLElement && ['STYLE', 'SCRIPT'].includes(node.tagName)) return;
    node.childNodes.forEach(walk);
  };
  walk(root instanceof Element && root.shadowRoot ? root.shadowRoot : root);
  return text.replace(/\s+/g, ' ');
}

afterEach(() => expectNoPollution('after the test'));

describe('keys from outside data are ordinary keys', () => {
  describe('plain functions', () => {
    for (const key of keys) {
      it(`pointer, field tree and defaults treat "${key}" as a property`, () => {
        const record = setAt({}, `/${key}/polluted`, 'yes') as Record<string, unknown>;
        expectNoPollution('setAt');
        expect(Object.hasOwn(record, key)).to.equal(true);
        expect(getAt(record, `/${key}/polluted`)).to.equal('yes');
        expect(getAt({}, `/${key}`), 'an absent key is absent, not an inherited member').to.equal(undefined);
        expect(JSON.parse(JSON.stringify(record))).to.deep.equal(JSON.parse(`{${JSON.stringify(key)}:{"polluted":"yes"}}`));

        const tree = buildFieldTree(schemaWith(key), JSON.parse(`{"nested.${key}": {"label": "From the UI map"}}`) as never);
        expect(tree.kind === 'object' && tree.children.map((c) => c.key)).to.deep.equal([key, 'text', 'nested']);
        const value = applyDefaults(tree, {}) as Record<string, Record<string, unknown>>;
        expectNoPollution('applyDefaults');
        expect(Object.hasOwn(value, key), 'an optional group stays absent').to.equal(false);
        expect(Object.hasOwn(value['nested']!, key)).to.equal(true);
        expect(value['nested']![key]).to.equal('kept');
      });

      it(`localised text, catalogue terms and messages look "${key}" up as an own key only`, () => {
        expect(localise({ en: 'English' }, key)).to.equal('English');
        expect(localise(JSON.parse(`{${JSON.stringify(key)}: "Own", "en": "English"}`) as never, key)).to.equal('Own');
        const problem: Problem = { pointer: `/${key}`, keyword: key, key, params: {} };
        expect(messageFor(problem, 'en')).to.equal('This value is not valid.');
        expect(messageFor(problem, key)).to.equal('This value is not valid.');
        expect(formatValidationError({ pointer: '', keyword: key, key, params: {} })).to.equal('is invalid');
      });

      it(`@mentorkit/schemas treats "${key}" as a record key and template id`, () => {
        expect(getTemplate(key)).to.equal(undefined);
        const record = JSON.parse(
          `{"kind":"observation","schemaVersion":1,"template":{"id":${JSON.stringify(key)},"version":"1.0.0"},"ratings":{${JSON.stringify(key)}:{"level":"x"}}}`,
        ) as unknown;
        const errors = validateRecord(record, 'respond-observation');
        expect(errors.map((e) => e.pointer)).to.include(`/ratings/${key}`);
        expectNoPollution('validateRecord');
        const template = structuredClone(getTemplate('respond-observation')) as unknown as { points: { id: string }[] };
        template.points[0]!.id = key;
        const templateErrors = validateTemplate(template);
        // `__proto__` is not an identifier (it starts with "_"); the other keys are valid ids.
        expect(templateErrors.map((e) => e.pointer)).to.deep.equal(key === '__proto__' ? ['/points/0/id'] : []);
      });
    }
  });

  describe('<mk-form>', () => {
    for (const key of keys) {
      it(`renders, types and submits "${key}" as a schema property, record key, UI hint key and problem pointer`, async () => {
        const problems: Problem[] = [{ pointer: `/nested/${key}`, keyword: key, key, params: {} }];
        const el = await fixture<MkForm>(
          html`<mk-form
            lang=${key}
            fill-defaults
            .schema=${schemaWith(key)}
            .ui=${JSON.parse(`{"nested.${key}": {"label": {"en": "Label from the UI map"}}}`)}
            .value=${JSON.parse(`{${JSON.stringify(key)}: {"kept": true}, "text": "a"}`)}
            .validator=${(value: unknown) => ((value as { text?: string }).text === 'a!' ? problems : [])}
          ></mk-form>`,
        );
        await el.updateComplete;
        expectNoPollution('render');
        expect(shownText(el)).to.contain(`Group ${key}`);
        expect(shownText(el)).to.contain('Label from the UI map');
        expect(shownText(el)).not.to.contain('native code');
        expect(shownText(el)).not.to.contain('[object Object]');

        // Focus selects the text, as Tab does: typing replaces it.
        const polluted = controlOf(field(el, `/${key}/polluted`));
        polluted.focus();
        polluted.select();
        await sendKeys({ type: 'typed' });
        await el.updateComplete;
        expectNoPollution('typing');
        const value = el.value as Record<string, Record<string, unknown>>;
        expect(Object.hasOwn(value, key)).to.equal(true);
        expect(value[key]).to.deep.equal({ kept: true, polluted: 'typed' });
        expect(value['nested']![key]).to.equal('kept');

        controlOf(field(el, '/text')).focus();
        await sendKeys({ press: 'End' });
        await sendKeys({ type: '!' });
        expect(await el.submit()).to.equal(false);
        await el.updateComplete;
        const summary = el.shadowRoot!.querySelector('[part=error-summary]')!;
        expect(summary.textContent).to.contain('Label from the UI map: This value is not valid.');
        expectNoPollution('submit');
        // The host's lang attribute is not a language tag (axe says so); everything else must pass.
        await expect(el).to.be.accessible({ ignoredRules: ['valid-lang'] });
      });
    }
  });

  describe('<mk-observation-form>', () => {
    for (const key of keys.filter((k) => k !== '__proto__')) {
      it(`renders a template whose point id is "${key}" and keeps its rating under that key`, async () => {
        const template = structuredClone(getTemplate('respond-observation')) as unknown as {
          points: { id: string; title: string }[];
        };
        template.points[0] = { id: key, title: `Point named ${key}` };
        const el = await fixture<MkForm>(html`<mk-observation-form .template=${template}></mk-observation-form>`);
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part=schema-error]')).to.equal(null);
        expect(shownText(el)).to.contain(`Point named ${key}`);
        const rating = field(el, `/ratings/${key}/level`);
        expect(rating, 'the rating of the point').to.not.equal(null);
        const radio = inside(rating).querySelector('input[type=radio]') as HTMLInputElement;
        radio.click();
        await el.updateComplete;
        const ratings = (el.value as { ratings: Record<string, { level: string }> }).ratings;
        expect(Object.hasOwn(ratings, key)).to.equal(true);
        expect(ratings[key]!.level).to.be.a('string');
        expectNoPollution('observation form');
      });
    }

    it('reports a template point id "__proto__" as an invalid id, not as a prototype', async () => {
      const template = structuredClone(getTemplate('respond-observation')) as unknown as { points: { id: string }[] };
      template.points[0] = JSON.parse('{"id": "__proto__", "title": "Polluting point"}') as { id: string };
      const el = await fixture<MkForm>(html`<mk-observation-form .template=${template}></mk-observation-form>`);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part=schema-error]')!.textContent).to.contain('template/points/0/id');
      expectNoPollution('observation form');
    });
  });
});
