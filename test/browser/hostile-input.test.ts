import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@mentorkit/core/define/form.js';
import '@mentorkit/elements/define/observation-form.js';
import '@mentorkit/elements/define/rag-rubric.js';
import '@mentorkit/elements/define/agreement.js';
import '@mentorkit/elements/define/development-plan.js';
import { builtInTemplates, getTemplate } from '@mentorkit/schemas';
import type { MkForm } from '@mentorkit/core';
import { hostileStrings } from '../support/hostile-strings.js';
import { controlOf, fieldAt, type FoundField, inside } from '../support/fields.js';

declare global {
  interface Window {
    __pwned?: number;
  }
}

type Field = FoundField;

/** Every text and textarea field in a form, looking into nested shadow roots (arrays, sections). */
function textFields(root: ParentNode): Field[] {
  const found: Field[] = [];
  for (const el of root.querySelectorAll<Field>('*')) {
    if (el.matches('.field[data-kind=text], .field[data-kind=textarea]')) found.push(el);
    else if (el.shadowRoot && el.localName.startsWith('mk-')) found.push(...textFields(el.shadowRoot));
  }
  return found;
}

/**
 * Elements an injection would add, anywhere in the form's shadow trees (`details` is left out: the plan
 * shows examples in one; an injected one would need an `on*` handler, which is caught).
 */
function injected(root: ParentNode): string[] {
  const hits: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (/^(script|img|svg|iframe|object|embed|style|link|meta|video|source|marquee|math|b|i)$/.test(el.localName)) hits.push(el.localName);
    if (el.localName === 'a' && /^\s*javascript:/i.test(el.getAttribute('href') ?? '')) hits.push('a[href=javascript:]');
    if ([...el.attributes].some((a) => a.name.startsWith('on'))) hits.push(`${el.localName}[on*]`);
    if (el.shadowRoot) hits.push(...injected(el.shadowRoot));
  }
  return hits;
}

function setNative(field: Field, text: string): void {
  const control = controlOf(field);
  const proto = control instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(control, text);
  control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** What a native control keeps of typed text: a single-line input drops line breaks, a textarea normalises them. */
function asTyped(control: HTMLInputElement | HTMLTextAreaElement, text: string): string {
  return control instanceof HTMLTextAreaElement ? text.replace(/\r\n?/g, '\n') : text.replace(/[\r\n]/g, '');
}

function at(json: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .reduce((o: unknown, k) => (o as Record<string, unknown> | undefined)?.[k], json);
}

/**
 * Puts the whole corpus through a form's text fields, round by round: typed into the controls (the
 * record then holds what the control kept), and loaded as record data (the record keeps every string
 * exactly, through JSON too).
 */
async function fillWithCorpus(form: MkForm, { rounds = Infinity, offset = 0, minFields = 4 } = {}): Promise<number> {
  const pointers = textFields(form.shadowRoot!).map((f) => f.getAttribute('path')!);
  expect(pointers.length, 'text fields found').to.be.at.least(minFields);
  let used = 0;
  for (let round = 0; round < rounds && used < hostileStrings.length; round++) {
    // The form's fields as they are now: a loaded value with a line break makes a one-line field a textarea (a new control).
    const fields = pointers.map((pointer) => textFields(form.shadowRoot!).find((f) => f.getAttribute('path') === pointer)!);
    await Promise.all(fields.map((field) => field.updateComplete));
    const texts = fields.map((_, i) => hostileStrings[(offset + used + i) % hostileStrings.length]!);
    fields.forEach((field, i) => setNative(field, texts[i]!));
    await form.updateComplete;
    fields.forEach((field, i) =>
      expect(form.store.get(pointers[i]!), `typed into ${pointers[i]}`).to.equal(asTyped(controlOf(field), texts[i]!)),
    );
    const record = structuredClone(form.value) as Record<string, unknown>;
    pointers.forEach((pointer, i) => setIn(record, pointer, texts[i]!));
    form.value = record;
    await form.updateComplete;
    const json = JSON.parse(JSON.stringify(form.value));
    pointers.forEach((pointer, i) => expect(at(json, pointer), `loaded at ${pointer}`).to.equal(texts[i]));
    used += fields.length;
  }
  console.log(`hostile input: <${form.localName}> ${used} strings typed and loaded through ${pointers.length} string fields`);
  return used;
}

function setIn(record: Record<string, unknown>, pointer: string, value: string): void {
  const keys = pointer.split('/').slice(1);
  let node = record;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[keys[keys.length - 1]!] = value;
}

/**
 * Resolves once an image that fails to load has fired its error handler: payloads inserted earlier
 * (same URL, already failed) have had their chance to run by then.
 */
async function afterAsyncPayloads(): Promise<void> {
  const sentinel = new Image();
  await new Promise((resolve) => {
    sentinel.addEventListener('error', resolve, { once: true });
    sentinel.src = 'x';
  });
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

describe('hostile input', () => {
  beforeEach(() => {
    delete window.__pwned;
  });

  it('has a corpus of at least 1,000 strings, including a 100 KB string and lone surrogates', () => {
    expect(hostileStrings.length).to.be.at.least(1000);
    expect(hostileStrings.some((s) => s.length >= 100_000)).to.equal(true);
    expect(hostileStrings.some((s) => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(s))).to.equal(true);
  });

  it('detects a payload that does run (the check can fail)', async () => {
    const probe = document.createElement('div');
    probe.innerHTML = hostileStrings.find((text) => text === '<img src=x onerror="window.__pwned=1">')!;
    document.body.append(probe);
    await afterAsyncPayloads();
    await waitUntil(() => window.__pwned === 1, 'the unsafe insertion ran its payload');
    probe.remove();
  });

  it('<mk-form>: hostile labels render as text; the corpus typed into every field round-trips; nothing runs', async () => {
    const properties: Record<string, object> = {};
    for (let i = 0; i < 40; i++)
      properties[`f${i}`] = { type: 'string', title: hostileStrings[i * 7]!, ...(i % 2 ? { 'x-ui': { widget: 'textarea' } } : {}) };
    const form = await fixture<MkForm>(html`<mk-form .schema=${{ type: 'object', title: hostileStrings[0], properties }}></mk-form>`);
    const first = fieldAt(form, '/f0');
    expect(inside(first).querySelector('label')!.textContent).to.contain(hostileStrings[0]);
    expect(await fillWithCorpus(form)).to.be.at.least(hostileStrings.length);
    await afterAsyncPayloads();
    expect(injected(form.shadowRoot!)).to.deep.equal([]);
    expect(window.__pwned).to.equal(undefined);
  });

  it('<mk-observation-form>: hostile template text and the corpus in every string field', async () => {
    const template = structuredClone(getTemplate('respond-observation')) as { points: { id: string; title: string }[]; title: string };
    template.title = hostileStrings[2]!;
    template.points = template.points.map((p, i) => ({ ...p, title: hostileStrings[40 + i]! }));
    const form = await fixture<MkForm>(
      html`<mk-observation-form
        fill-defaults
        .template=${template}
        .value=${{ actionPlan: [{ step: 'a' }, { step: 'b' }] }}
      ></mk-observation-form>`,
    );
    await form.updateComplete;
    expect(form.shadowRoot!.querySelector('h2')!.textContent).to.equal(hostileStrings[2]);
    expect(await fillWithCorpus(form)).to.be.at.least(hostileStrings.length);
    await afterAsyncPayloads();
    expect(injected(form.shadowRoot!)).to.deep.equal([]);
    expect(window.__pwned).to.equal(undefined);
  });

  it('<mk-rag-rubric>: hostile criteria and the corpus in every string field', async () => {
    const template = structuredClone(getTemplate('itt-mentor-standards-rag')) as {
      title: string;
      standards: { title: string; criteria: { text: string }[] }[];
    };
    template.title = hostileStrings[3]!;
    template.standards[0]!.title = hostileStrings[60]!;
    template.standards[0]!.criteria[0]!.text = hostileStrings[61]!;
    const form = await fixture<MkForm>(html`<mk-rag-rubric .template=${template}></mk-rag-rubric>`);
    await form.updateComplete;
    expect(form.shadowRoot!.textContent).to.contain(hostileStrings[61]);
    expect(await fillWithCorpus(form)).to.be.at.least(hostileStrings.length);
    await afterAsyncPayloads();
    expect(injected(form.shadowRoot!)).to.deep.equal([]);
    expect(window.__pwned).to.equal(undefined);
  });

  it('<mk-agreement>: hostile commitments and the corpus in every string field', async () => {
    const template = structuredClone(getTemplate('respond-agreement')) as { commitments: { text: string }[] };
    template.commitments[0]!.text = hostileStrings[80]!;
    const form = await fixture<MkForm>(html`<mk-agreement .template=${template}></mk-agreement>`);
    await form.updateComplete;
    expect(form.shadowRoot!.textContent).to.contain(hostileStrings[80]);
    expect(await fillWithCorpus(form)).to.be.at.least(hostileStrings.length);
    await afterAsyncPayloads();
    expect(injected(form.shadowRoot!)).to.deep.equal([]);
    expect(window.__pwned).to.equal(undefined);
  });

  it('<mk-development-plan>: hostile step guidance and the corpus in every string field', async () => {
    const template = structuredClone(getTemplate('respond-development-plan')) as { steps: { title: string }[] };
    template.steps[0]!.title = hostileStrings[90]!;
    const form = await fixture<MkForm>(html`<mk-development-plan .template=${template}></mk-development-plan>`);
    await form.updateComplete;
    expect(form.shadowRoot!.textContent).to.contain(hostileStrings[90]);
    expect(await fillWithCorpus(form)).to.be.at.least(hostileStrings.length);
    await afterAsyncPayloads();
    expect(injected(form.shadowRoot!)).to.deep.equal([]);
    expect(window.__pwned).to.equal(undefined);
  });

  it('every built-in template: hostile strings through every string field', async () => {
    const tags = { observation: 'mk-observation-form', rubric: 'mk-rag-rubric', agreement: 'mk-agreement', plan: 'mk-development-plan' };
    let offset = 0;
    let fields = 0;
    for (const [id, template] of Object.entries(builtInTemplates)) {
      const tag = tags[(template as { kind: keyof typeof tags }).kind];
      const form = document.createElement(tag) as MkForm & { template: string };
      form.template = id;
      (await fixture(html`<div></div>`)).append(form);
      await form.updateComplete;
      const used = await fillWithCorpus(form, { rounds: 2, offset, minFields: 1 });
      offset += used;
      fields += used / 2;
      expect(injected(form.shadowRoot!), id).to.deep.equal([]);
    }
    await afterAsyncPayloads();
    expect(window.__pwned).to.equal(undefined);
    console.log(`hostile input: ${Object.keys(builtInTemplates).length} built-in templates, ${fields} string fields, ${offset} strings`);
  });
});
