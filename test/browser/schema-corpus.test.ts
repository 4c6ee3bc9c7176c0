// The schema corpus (test/corpus/*.json): schemas of the kinds portals, LMSs and other tools send,
// each with a record. For each: <mk-form> renders it in time without an uncaught error, every value
// of the record is shown by a control, the record comes back unchanged, after one edit the form's
// validity and problem pointers agree with Ajv's, and alternatives and conditions switch by keyboard.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '@mentorkit/core/define/all.js';
import type { MkForm } from '@mentorkit/core';
import { fromAjvErrors } from '@mentorkit/schemas/errors.js';
import { escaping } from '../support/escaping.js';
import { controlOf } from '../support/fields.js';
import { focusField } from '../../packages/core/src/form/locate.js';
import { readDate } from '../../packages/core/src/date-field/date-reading.js';
import { type DateType, recordDate } from '../../packages/core/src/date-field/date-values.js';

interface Flip {
  /** The control to use. */
  focus: string;
  /** Keys to press (`Space`, `ArrowDown`) or text to type at its end. */
  press?: string[];
  type?: string;
  /** A field that appears (or, with `hides`, disappears) when the condition flips. */
  shows?: string;
  hides?: string;
}

interface Entry {
  name: string;
  title: string;
  source: string;
  schema: Record<string, unknown>;
  data: unknown;
  flip?: Flip;
}

const renderLimitMs = 2000;

/** Every element bound to a pointer (`path`), looking into array items' shadow roots. */
function bound(root: ParentNode): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const el of root.querySelectorAll<HTMLElement>('[path]')) {
    found.push(el);
    if (el.localName === 'mk-array' && el.shadowRoot) found.push(...bound(el.shadowRoot));
  }
  return found;
}

/** Pointers of every value in a record: leaves, and empty objects and arrays. */
function leaves(value: unknown, pointer = ''): string[] {
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (!entries.length) return [pointer];
    return entries.flatMap(([key, child]) => leaves(child, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`));
  }
  return [pointer];
}

function valueAt(root: unknown, pointer: string): unknown {
  let node = root;
  for (const token of pointer.split('/').slice(1))
    node = (node as Record<string, unknown>)?.[token.replace(/~1/g, '/').replace(/~0/g, '~')];
  return node;
}

/** A field's kind: a light field's `data-kind`, else the element's name. */
const kindOf = (el: HTMLElement) => el.dataset['kind'] ?? el.localName;

/** Controls that hold a whole value (its leaves have no controls of their own). */
const wholeValue = (el: HTMLElement) =>
  kindOf(el) === 'checkboxes' || el.localName === 'mk-signature' || el.localName === 'textarea' || el.localName === 'output';

/** What a control shows, compared with the record's value. */
function shows(el: HTMLElement, value: unknown, schema: unknown): boolean {
  const control = el as HTMLElement & { value?: unknown; modelValue?: unknown };
  if (el.localName === 'textarea') return JSON.stringify(JSON.parse(control.value as string)) === JSON.stringify(value);
  if (el.localName === 'output') return value === null;
  const kind = kindOf(el);
  // null in a nullable text field shows as empty.
  // A textarea keeps line breaks as \n, as the platform does.
  if (kind === 'text' || kind === 'textarea')
    return controlOf(el).value === (typeof value === 'string' ? value.replace(/\r\n?/g, '\n') : value === null ? '' : value);
  if (kind === 'number') return controlOf(el).value === (typeof value === 'number' ? String(value) : '');
  if (kind === 'checkbox') return controlOf(el).checked === (value === true);
  // A light choice names its options by index, so what it shows is the chosen option's label.
  if (kind === 'select')
    return labelsOf(schema, value).has((controlOf(el) as HTMLSelectElement).selectedOptions[0]?.textContent?.trim() ?? '');
  if (kind === 'radio') return labelsOf(schema, value).has(el.querySelector('input:checked')?.closest('label')?.textContent?.trim() ?? '');
  if (kind === 'checkboxes') return el.querySelectorAll('input:checked').length === (Array.isArray(value) ? value.length : 0);
  // A date shows the language's way (the page's, here): read back, the record's value; a date-time in local time, the same instant.
  if (kind === 'date') {
    const text = typeof value === 'string' ? value : '';
    const type: DateType = text.includes('T') ? 'date-time' : /^\d{2}:\d{2}/.test(text) ? 'time' : 'date';
    const shown = recordDate(readDate(controlOf(el).value, type, document.documentElement.lang || 'en'), type);
    return type === 'date-time' && typeof value === 'string' ? Date.parse(String(shown)) === Date.parse(value) : shown === value;
  }
  return JSON.stringify(control.modelValue) === JSON.stringify(value);
}

/** The labels a choice may show for `value`: the value itself, or the title of a `const` alternative that holds it. */
function labelsOf(schema: unknown, value: unknown): Set<string> {
  const labels = new Set([String(value)]);
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const s = node as Record<string, unknown>;
    const single = 'const' in s ? s['const'] : Array.isArray(s['enum']) && s['enum'].length === 1 ? s['enum'][0] : undefined;
    if (single === value && typeof s['title'] === 'string') labels.add(s['title']);
    Object.values(s).forEach(walk);
  };
  walk(schema);
  return labels;
}

/** The control showing the value at `pointer`: its own, or one that holds the whole value above it. */
function controlFor(controls: HTMLElement[], pointer: string): HTMLElement | undefined {
  const own = controls.find(
    (el) => el.getAttribute('path') === pointer && el.localName !== 'mk-array' && !el.hasAttribute('data-branch-chooser'),
  );
  if (own) return own;
  // A discriminator (the const that tells branches apart) is shown by the branch chooser of its object.
  const parent = pointer.slice(0, pointer.lastIndexOf('/'));
  const token = pointer
    .slice(pointer.lastIndexOf('/') + 1)
    .replace(/~1/g, '/')
    .replace(/~0/g, '~');
  const chooser = controls.find((el) => el.getAttribute('path') === parent && el.getAttribute('data-discriminator') === token);
  if (chooser) return chooser;
  return controls.find((el) => wholeValue(el) && pointer.startsWith(`${el.getAttribute('path')}/`));
}

async function ajvProblems(schema: object, data: unknown): Promise<{ valid: boolean; pointers: string[] }> {
  const result = (await executeServerCommand('ajv-validate', { schema, data })) as { valid: boolean; errors: never[] };
  return { valid: result.valid, pointers: [...new Set(fromAjvErrors(result.errors).map((p) => p.pointer))].sort() };
}

/** Types one character into the first text control: the one edit. */
async function editOnce(el: MkForm): Promise<boolean> {
  const target = bound(el.shadowRoot!).find(
    (c) => c.matches('.field[data-kind]') && ['text', 'textarea', 'number'].includes(kindOf(c)) && !c.closest('[hidden]'),
  );
  if (!target) return false;
  controlOf(target).focus();
  await sendKeys({ press: 'End' });
  await sendKeys({ type: kindOf(target) === 'number' ? '1' : 'x' });
  return true;
}

/**
 * Shows the problems and checks each: it lands on a rendered control at its pointer or above it, its summary
 * item names a label, and its message has every parameter filled in (no "undefined", no `{placeholder}`).
 */
async function problemsLand(el: MkForm, when: string): Promise<void> {
  el.reportValidity();
  await el.updateComplete;
  const rendered = bound(el.shadowRoot!).map((c) => c.getAttribute('path')!);
  for (const pointer of new Set(el.problems.map((p) => p.pointer))) {
    // Where the form shows it: its own field, or (a required group with no value) the group's first field.
    const shownAt = el.store.fieldFor(pointer);
    // A group with no field of its own (a required map without entries) shows it under its legend.
    const group = el.shadowRoot!.querySelector(`fieldset[data-pointer="${CSS.escape(shownAt)}"] > .group-error`);
    expect(
      !!group?.textContent?.trim() || rendered.some((p) => p === shownAt || shownAt.startsWith(`${p}/`) || (p === '' && shownAt !== '')),
      `${when}: a rendered control for the problem at ${pointer}`,
    ).to.equal(true);
    counted.problems++;
  }
  const items = [...el.shadowRoot!.querySelectorAll('.summary li')].map((item) => item.textContent!.replace(/\s+/g, ' ').trim());
  expect(items.length, `${when}: a summary item per problem`).to.equal(el.problems.length);
  for (const text of items) {
    expect(text, `${when}: summary item with a label`).to.match(/\S: \S/);
    expect(text, `${when}: a message with its parameters`).not.to.match(/undefined|NaN|null\b|\{\w*\}|\[object/);
  }
}

const corpus = (await executeServerCommand('schema-corpus')) as Entry[];
const counted = { values: 0, edits: 0, problems: 0, branchSwitches: 0, flips: 0 };

describe('schema corpus', () => {
  after(() => {
    console.log(
      `schema corpus: ${corpus.length} schemas, ${counted.values} values shown, ${counted.edits} edits checked against Ajv (${counted.problems} problems, each on a rendered control), ${counted.branchSwitches} branch switches and ${counted.flips} condition flips by keyboard`,
    );
  });

  it('holds at least 60 schemas, each with a record and where it is modelled on', () => {
    expect(corpus.length).to.be.at.least(60);
    for (const entry of corpus) {
      expect(entry.title, entry.name).to.be.a('string');
      expect(entry.source, entry.name).to.be.a('string');
      expect(entry.schema, entry.name).to.be.an('object');
    }
  });

  for (const entry of corpus) {
    it(`${entry.name}: renders, shows every value, round-trips, agrees with Ajv after an edit${entry.flip ? ', flips by keyboard' : ''}`, async () => {
      const errors = await escaping(async () => {
        const started = performance.now();
        const el = await fixture<MkForm>(html`<mk-form .schema=${entry.schema} .value=${structuredClone(entry.data)}></mk-form>`);
        await el.validationReady;
        await el.updateComplete;
        const took = performance.now() - started;
        expect(took, `rendered in ${Math.round(took)} ms`).to.be.below(renderLimitMs);
        expect(el.shadowRoot!.querySelector('[part=schema-error]')?.textContent ?? '', 'schema error').to.equal('');

        const controls = bound(el.shadowRoot!);
        for (const pointer of leaves(entry.data)) {
          const control = controlFor(controls, pointer);
          counted.values++;
          expect(control, `a control for ${pointer}`).to.not.equal(undefined);
          if (control!.getAttribute('path') === pointer)
            expect(shows(control!, valueAt(entry.data, pointer), entry.schema), `${pointer} shows its value`).to.equal(true);
        }
        // Nothing edited: the record read back is the one set, deep-equal and byte for byte (key order too).
        expect(el.value, 'unchanged without an edit').to.deep.equal(entry.data);
        expect(JSON.stringify(el.value), 'serialised unchanged without an edit').to.equal(JSON.stringify(entry.data));
        for (const pointer of leaves(entry.data)) {
          const value = valueAt(entry.data, pointer);
          const control = controlFor(controls, pointer);
          if (typeof value === 'string' && /[\r\n]/.test(value) && control?.getAttribute('path') === pointer)
            expect(controlOf(control).localName, `${pointer}: a multi-line value in a multi-line control`).to.equal('textarea');
        }

        // A loaded record with nothing in it (defaults are offered, never written into it) comes back as set too.
        const bare = Array.isArray(entry.data) ? [] : entry.data !== null && typeof entry.data === 'object' ? {} : entry.data;
        el.value = structuredClone(bare);
        await el.updateComplete;
        expect(JSON.stringify(el.value), 'an empty record comes back empty').to.equal(JSON.stringify(bare));
        await problemsLand(el, 'an empty record');
        el.value = structuredClone(entry.data);
        await el.updateComplete;
        expect(JSON.stringify(el.value), 'loaded again, unchanged').to.equal(JSON.stringify(entry.data));

        const loaded = await ajvProblems(entry.schema, el.value);
        expect(el.problems.length === 0, 'valid as Ajv says, as loaded').to.equal(loaded.valid);
        await problemsLand(el, 'as loaded');
        if (await editOnce(el)) {
          counted.edits++;
          const edited = await ajvProblems(entry.schema, el.value);
          const pointers = [...new Set(el.problems.map((p) => p.pointer))].sort();
          expect(pointers, 'problem pointers after an edit').to.deep.equal(edited.pointers);
          expect(pointers.length === 0).to.equal(edited.valid);
          await problemsLand(el, 'after an edit');
        }

        const chooser = el.shadowRoot!.querySelector<HTMLSelectElement>('select[data-branch-chooser]');
        if (chooser && chooser.options.length > 1) {
          const path = chooser.getAttribute('path')!;
          const chosen = () =>
            el
              .shadowRoot!.querySelector<HTMLSelectElement>(`select[data-branch-chooser][path="${CSS.escape(path)}"]`)
              ?.selectedOptions[0]?.textContent?.trim();
          const before = chosen();
          chooser.focus();
          await sendKeys({ press: chooser.selectedIndex === chooser.options.length - 1 ? 'ArrowUp' : 'ArrowDown' });
          await waitUntil(() => chosen() !== before, 'the branch switched');
          counted.branchSwitches++;
        }
        if (entry.flip) {
          const flip = entry.flip;
          const control = controlFor(bound(el.shadowRoot!), flip.focus)!;
          expect(control, `flip control ${flip.focus}`).to.not.equal(undefined);
          focusField(control);
          for (const key of flip.press ?? []) await sendKeys({ press: key });
          if (flip.type !== undefined) {
            await sendKeys({ press: 'End' });
            await sendKeys({ type: flip.type });
          }
          const present = (pointer: string) =>
            bound(el.shadowRoot!).some((c) => c.getAttribute('path') === pointer && !c.closest('[hidden]'));
          if (flip.shows) await waitUntil(() => present(flip.shows!), `${flip.shows} appears`);
          if (flip.hides) await waitUntil(() => !present(flip.hides!), `${flip.hides} disappears`);
          counted.flips++;
        }
      });
      expect(errors, 'uncaught errors').to.deep.equal([]);
    });
  }
});
