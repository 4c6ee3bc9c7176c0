import { html, nothing, type TemplateResult } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import { repeat } from 'lit/directives/repeat.js';
import { addEnglish, localise, term } from '../l10n/catalogue.js';
import { enEditors } from '../l10n/en-editors.js';
import { defaultValueOf } from '../form/defaults.js';
import type { RenderContext } from '../form/render-field.js';
import type { FieldNode, ObjectNode } from '../schema/field-tree.js';
import { joinPointer } from '../store/pointer.js';
import { uniqueId } from './ids.js';
import type { RenderChild } from './render-child.js';
import { watch } from './watch.js';

addEnglish(enEditors);

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** What a new entry starts with: its schema's default, or the empty value of its kind. */
function startValue(node: FieldNode): unknown {
  const value = defaultValueOf(node);
  if (value !== undefined) return value;
  if (node.kind === 'object') return {};
  if (node.kind === 'array') return [];
  if (node.kind !== 'value') return null;
  return { string: '', number: 0, integer: 0, boolean: false, null: null, json: null, array: [], object: {} }[node.valueType];
}

/** The object with `from` renamed to `to`, in the same place among its keys. */
function renamed(value: Record<string, unknown>, from: string, to: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k === from ? to : k, v]));
}

function showKeyError(input: HTMLInputElement, message: string): void {
  const error = input.parentElement!.querySelector<HTMLElement>('.key-error')!;
  error.textContent = message;
  error.hidden = !message;
  if (message) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}

/**
 * The keys of an object beyond its declared properties (`additionalProperties`,
 * `patternProperties`) as a list of entries: each a name and its value's field, which can be
 * renamed and removed, and a name field to add one. Names are checked against `propertyNames`, the
 * patterns and the names in use before they are taken. Works by keyboard: Enter in a name field
 * adds or renames.
 */
export function renderMapEditor(
  node: ObjectNode,
  pointer: string,
  ctx: RenderContext,
  renderChild: RenderChild,
): TemplateResult | DirectiveResult | typeof nothing {
  const extra = node.extra;
  if (!extra) return nothing;
  const { store, lang } = ctx;
  const label = localise(node.label, lang) || term(lang, 'entryName');
  const keys = (): string[] => {
    const value = store.get(pointer);
    return isObject(value) ? Object.keys(value).filter((k) => !extra.declared.has(k)) : [];
  };
  const add = (input: HTMLInputElement) => {
    const name = input.value;
    const problem = extra.checkKey(name, keys());
    if (problem) return showKeyError(input, term(lang, problem));
    showKeyError(input, '');
    const valueNode = extra.nodeFor(name)!;
    input.value = '';
    store.set(joinPointer(pointer, name), startValue(valueNode));
    const entry = input.closest('.map')?.querySelector<HTMLElement>(`[data-key="${CSS.escape(name)}"] [path]`);
    entry?.focus();
  };
  const rename = (input: HTMLInputElement, from: string) => {
    const to = input.value;
    if (to === from) return showKeyError(input, '');
    const problem = extra.checkKey(
      to,
      keys().filter((k) => k !== from),
    );
    if (problem) return showKeyError(input, term(lang, problem));
    const value = store.get(pointer) as Record<string, unknown>;
    store.set(pointer, renamed(value, from, to), { subtree: true });
    input
      .closest('.map')
      ?.querySelector<HTMLInputElement>(`[data-key="${CSS.escape(to)}"] .map-key`)
      ?.focus();
  };
  const remove = (event: Event, key: string) => {
    const value = { ...(store.get(pointer) as Record<string, unknown>) };
    delete value[key];
    const map = (event.target as HTMLElement).closest('.map');
    store.set(pointer, value, { subtree: true });
    map?.querySelector<HTMLInputElement>('.map-new-key')?.focus();
  };
  const onEnter = (event: KeyboardEvent, then: (input: HTMLInputElement) => void) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    then(event.target as HTMLInputElement);
  };
  const entries = () =>
    repeat(
      keys(),
      (key) => key,
      (key) => {
        const id = uniqueId('mk-key');
        const valueNode = extra.nodeFor(key);
        return html`<div class="map-entry" part="map-entry" data-key=${key}>
          <div class="map-name">
            <label for=${id}>${term(lang, 'entryName')}</label>
            <input
              id=${id}
              class="map-key"
              .value=${key}
              aria-describedby=${`${id}-error`}
              ?readonly=${node.readOnly}
              @change=${(e: Event) => rename(e.target as HTMLInputElement, key)}
              @keydown=${(e: KeyboardEvent) => onEnter(e, (input) => rename(input, key))}
            />
            <p class="key-error" id=${`${id}-error`} role="alert" hidden></p>
          </div>
          ${valueNode ? renderChild(valueNode, joinPointer(pointer, key), ctx) : nothing}
          ${
            node.readOnly
              ? nothing
              : html`<button type="button" class="map-remove" @click=${(e: Event) => remove(e, key)}>
                  ${term(lang, 'removeEntry', { name: key })}
                </button>`
          }
        </div>`;
      },
    );
  const addId = uniqueId('mk-new-key');
  const view = () => {
    const present = keys();
    if (!extra.open && !present.length) return nothing;
    return html`<div class="map" part="map" data-pointer=${pointer}>
      ${entries()}
      ${
        node.readOnly
          ? nothing
          : html`<div class="map-add">
              <label for=${addId}>${term(lang, 'entryName')}</label>
              <input
                id=${addId}
                class="map-new-key"
                aria-describedby=${`${addId}-error`}
                @keydown=${(e: KeyboardEvent) => onEnter(e, add)}
              />
              <button
                type="button"
                class="map-add-button"
                @click=${(e: Event) => add((e.target as HTMLElement).parentElement!.querySelector('input')!)}
              >
                ${term(lang, 'addEntry', { label })}
              </button>
              <p class="key-error" id=${`${addId}-error`} role="alert" hidden></p>
            </div>`
      }
    </div>`;
  };
  // The watch itself in the form's markup: an object with no extra keys to show has no element for them.
  return watch(store, pointer, { key: keys, render: view });
}
