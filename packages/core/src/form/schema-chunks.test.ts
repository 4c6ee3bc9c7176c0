import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html, render } from 'lit';
import '../define/form.js';
import { hasFits } from '../schema/fits-engine.js';
import { schemaNeeds, schemaNeedsFits } from '../schema/schema-needs.js';
import { hasPatternEngine } from '../validation/pattern-engine.js';
import type { MkForm } from './form.js';
import { controlOf, fieldAt, inside } from '../../../../test/support/fields.js';

/**
 * Mounts a form inside a host form and keeps every state its shadow root passes through until
 * `updateComplete`, and whether the host form was valid and submitted while it was loading.
 */
async function mountWatched(schema: object): Promise<{ form: MkForm; states: string[]; validWhileLoading: boolean; submitted: boolean }> {
  const host = document.createElement('form');
  document.body.append(host);
  let submitted = false;
  host.addEventListener('submit', (event) => {
    submitted = true;
    event.preventDefault();
  });
  render(html`<mk-form name="record" .schema=${schema}></mk-form>`, host);
  const form = host.querySelector('mk-form')!;
  const states: string[] = [];
  const observer = new MutationObserver(() => states.push(form.shadowRoot!.innerHTML));
  observer.observe(form.shadowRoot!, { childList: true, subtree: true, characterData: true });
  await Promise.resolve();
  const validWhileLoading = host.checkValidity();
  host.requestSubmit();
  await form.updateComplete;
  observer.disconnect();
  return { form, states, validWhileLoading, submitted };
}

describe('engine code only some schemas need, loaded before the form uses it', () => {
  afterEach(() => document.querySelectorAll('mk-form').forEach((form) => form.parentElement!.remove()));

  it('reads which schemas need the pattern engine', () => {
    expect(schemaNeeds({ type: 'object', properties: { name: { type: 'string' } } })).to.deep.equal({ patterns: false });
    expect(schemaNeeds({ properties: { code: { type: 'string', pattern: '^\\d+$' } } }).patterns).to.equal(true);
    expect(schemaNeeds({ patternProperties: { '^x-': {} } }).patterns).to.equal(true);
    expect(schemaNeeds({ properties: { code: { type: 'string' } } }, { code: { pattern: 'x' } }).patterns, 'in the UI hints').to.equal(
      true,
    );
  });

  it('loads the pattern engine before it renders or checks a schema with a pattern (not valid meanwhile)', async () => {
    expect(hasPatternEngine(), 'define/form.js does not carry the pattern engine').to.equal(false);
    const schema = { type: 'object', properties: { code: { type: 'string', title: 'Code', pattern: '^\\d+$' } } };
    const { form, validWhileLoading, submitted } = await mountWatched(schema);
    expect(validWhileLoading, 'a form waiting for the engine is not valid').to.equal(false);
    expect(submitted, 'nor submitted').to.equal(false);
    expect(hasPatternEngine()).to.equal(true);
    const field = fieldAt(form, '/code');
    controlOf(field).focus();
    await sendKeys({ type: 'abc' });
    await sendKeys({ press: 'Tab' });
    await form.updateComplete;
    expect(inside(field).querySelector('[part=error]')?.textContent).to.contain('Please match the requested format.');
    await form.validationReady;
    expect(form.checkValidity()).to.equal(false);
    await expect(form).to.be.accessible();
  });

  it('reads which schemas need fits: conditions, alternatives that are not constants, several types, property names', () => {
    const plain = {
      type: 'object',
      properties: { name: { type: 'string' }, n: { type: ['integer', 'number'] }, note: { type: ['string', 'null'] } },
    };
    expect(schemaNeedsFits(plain)).to.equal(false);
    expect(
      schemaNeedsFits({ properties: { level: { oneOf: [{ const: 'a' }, { const: 'b', title: 'B' }, { enum: ['c'] }] } } }),
      'choices',
    ).to.equal(false);
    expect(schemaNeedsFits({ properties: { a: {} }, if: { properties: { a: { const: 1 } } }, then: { required: ['a'] } })).to.equal(true);
    expect(schemaNeedsFits({ allOf: [{ if: { required: ['a'] }, then: { required: ['b'] } }] }), 'in allOf').to.equal(true);
    expect(schemaNeedsFits({ properties: { at: { anyOf: [{ type: 'string' }, { type: 'number' }] } } })).to.equal(true);
    expect(schemaNeedsFits({ properties: { id: { type: ['string', 'integer'] } } })).to.equal(true);
    expect(schemaNeedsFits({ type: 'object', propertyNames: { maxLength: 3 } })).to.equal(true);
    expect(schemaNeedsFits({ properties: { a: {}, b: {} }, dependentRequired: { a: ['b'] } }), 'dependentRequired').to.equal(true);
    expect(schemaNeedsFits({ properties: { a: {} }, dependentSchemas: { a: { properties: { b: {} } } } }), 'dependentSchemas').to.equal(
      true,
    );
    expect(schemaNeedsFits({ properties: { a: {}, b: {} }, dependencies: { a: ['b'] } }), 'draft-07 dependencies').to.equal(true);
    expect(schemaNeedsFits({ properties: { a: {} }, then: { properties: { b: {} } } }), 'then without if').to.equal(true);
    expect(schemaNeedsFits({ properties: { a: { $ref: '#/$defs/a' } }, $defs: { a: {} } }), '$ref').to.equal(true);
    expect(schemaNeedsFits({ allOf: [{ properties: { a: {} } }] }), 'allOf').to.equal(true);
    expect(
      schemaNeedsFits({ $ref: '#/x-parts/a', 'x-parts': { a: { oneOf: [{ type: 'string' }, { type: 'object' }] } } }),
      'where a $ref points',
    ).to.equal(true);
  });

  it("loads fits before it renders a schema with a condition: the condition's fields come with the first render, not valid meanwhile", async () => {
    expect(hasFits(), 'define/form.js does not carry fits').to.equal(false);
    const schema = {
      type: 'object',
      properties: { role: { type: 'string', title: 'Role', enum: ['mentor', 'mentee'], default: 'mentor' } },
      if: { properties: { role: { const: 'mentor' } } },
      then: { properties: { years: { type: 'integer', title: 'Years as a mentor' } } },
    };
    const { form, states, validWhileLoading, submitted } = await mountWatched(schema);
    expect(hasFits()).to.equal(true);
    expect(validWhileLoading, 'a form waiting for fits is not valid').to.equal(false);
    expect(submitted, 'nor submitted').to.equal(false);
    const withRole = states.filter((state) => state.includes('Role'));
    expect(withRole.length, 'rendered').to.be.greaterThan(0);
    expect(
      withRole.every((state) => state.includes('Years as a mentor')),
      "never the form without the condition's field",
    ).to.equal(true);
    await expect(form).to.be.accessible();
  });

  it('renders a date field at once: no loading notice, the field as usual', async () => {
    const schema = { type: 'object', properties: { on: { type: 'string', title: 'Date', format: 'date' } } };
    const { form, states } = await mountWatched(schema);
    expect(
      states.some((s) => s.includes('class="loading"')),
      'never a loading notice',
    ).to.equal(false);
    const field = fieldAt(form, '/on');
    expect(field.dataset.kind).to.equal('date');
    expect(inside(field).querySelector('[part=format]')?.textContent).to.contain('mm/dd/yyyy');
    controlOf(field).focus();
    await sendKeys({ type: '2026-09-01' });
    await sendKeys({ press: 'Tab' });
    expect(form.value).to.deep.equal({ on: '2026-09-01' });
    await expect(form).to.be.accessible();
  });

  it('loads <mk-array> and the rendering of arrays the first time a form renders an array, with a notice in its place meanwhile', async () => {
    expect(customElements.get('mk-array'), 'define/form.js does not carry <mk-array>').to.equal(undefined);
    const schema = { type: 'object', properties: { steps: { type: 'array', title: 'Steps', items: { type: 'string', title: 'Step' } } } };
    const { form, states } = await mountWatched(schema);
    expect(
      states
        .map((state) => state.replace(/<!--[^>]*-->/g, ''))
        .some((state) => state.includes('<p class="loading" role="status">Steps: Loading…</p>') && !state.includes('<mk-array')),
      'the notice, named, stood in its place',
    ).to.equal(true);
    const array = form.shadowRoot!.querySelector('mk-array')!;
    expect(customElements.get('mk-array')).not.to.equal(undefined);
    await array.updateComplete;
    expect(array.shadowRoot!.querySelector('[part=add-button]'), 'the array rendered').to.exist;
    expect(form.shadowRoot!.querySelector('.loading'), 'the notice is gone').to.equal(null);
    await expect(form).to.be.accessible();
  });
});
