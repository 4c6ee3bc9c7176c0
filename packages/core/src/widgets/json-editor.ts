import { html, nothing, type TemplateResult } from 'lit';
import { AsyncDirective, directive, type ElementPart, type PartInfo, PartType } from 'lit/async-directive.js';
import { addEnglish, localise, term } from '../l10n/catalogue.js';
import { enEditors } from '../l10n/en-editors.js';
import type { RenderContext } from '../form/render-field.js';
import type { ValueNode } from '../schema/field-tree.js';
import type { FormStore, PointerWatcher } from '../store/form-store.js';
import { uniqueId } from './ids.js';

addEnglish(enEditors);

function text(value: unknown): string {
  return value === undefined ? '' : JSON.stringify(value, null, 2);
}

/**
 * Element directive on the editor's textarea: shows the value at its pointer as JSON, writes what
 * the user types to the store once it parses, and while it does not parse keeps the text and shows
 * the parse error (nothing typed is lost, nothing invalid reaches the record).
 */
class BindJson extends AsyncDirective {
  #bound = false;
  #store?: FormStore;
  #pointer = '';
  #watcher?: PointerWatcher;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('bindJson() must be used on a textarea');
  }

  render(_store: FormStore, _pointer: string, _error: string) {
    return nothing;
  }

  override update(part: ElementPart, [store, pointer, error]: [FormStore, string, string]) {
    const area = part.element as HTMLTextAreaElement;
    if (this.#bound) return nothing;
    this.#bound = true;
    area.value = text(store.get(pointer));
    const message = area.parentElement!.querySelector<HTMLElement>('.json-error')!;
    const watcher: PointerWatcher = {
      valueChanged: () => {
        // A change from elsewhere (load, reset): show it, unless it is what the text already says.
        let same = false;
        try {
          same = area.value.trim() !== '' && JSON.stringify(JSON.parse(area.value)) === JSON.stringify(store.get(pointer));
        } catch {
          same = false;
        }
        if (!same) area.value = text(store.get(pointer));
        show(true);
      },
    };
    const show = (ok: boolean) => {
      message.hidden = ok;
      message.textContent = ok ? '' : error;
      if (ok) area.removeAttribute('aria-invalid');
      else area.setAttribute('aria-invalid', 'true');
    };
    this.#store = store;
    this.#pointer = pointer;
    this.#watcher = watcher;
    store.watch(pointer, watcher);
    area.addEventListener('input', () => {
      if (area.value.trim() === '') {
        show(true);
        store.set(pointer, undefined, { from: watcher });
        return;
      }
      try {
        const parsed: unknown = JSON.parse(area.value);
        show(true);
        store.set(pointer, parsed, { from: watcher, subtree: true });
      } catch {
        show(false);
      }
    });
    return nothing;
  }

  protected override disconnected(): void {
    if (this.#watcher) this.#store!.unwatch(this.#pointer, this.#watcher);
  }

  protected override reconnected(): void {
    if (this.#watcher) this.#store!.watch(this.#pointer, this.#watcher);
  }
}

const bindJson = directive(BindJson);

/** An editor of any JSON value, for a schema that says nothing about its value (`{}`). */
export function renderJsonEditor(node: ValueNode, pointer: string, ctx: RenderContext): TemplateResult {
  const id = uniqueId('mk-json');
  const help = localise(node.help, ctx.lang);
  return html`<div class="json-field field" part="json-field">
    <label for=${id} class=${node.labelHidden ? 'visually-hidden' : ''}>${localise(node.label, ctx.lang)}</label>
    ${help ? html`<p class="group-help" id=${`${id}-help`}>${help}</p>` : nothing}
    <textarea
      id=${id}
      path=${pointer}
      rows="4"
      spellcheck="false"
      aria-describedby=${`${id}-error${help ? ` ${id}-help` : ''}`}
      ?readonly=${node.readOnly}
      ${bindJson(ctx.store, pointer, term(ctx.lang, 'invalidJson'))}
    ></textarea>
    <p class="json-error" id=${`${id}-error`} role="alert" hidden></p>
  </div>`;
}

/** The value `null` (`type: "null"`): nothing to enter, said in words. */
export function renderNull(node: ValueNode, pointer: string, ctx: RenderContext): TemplateResult {
  const id = uniqueId('mk-null');
  return html`<div class="null-field field" part="null-field">
    <span id=${id} class=${node.labelHidden ? 'visually-hidden' : 'label'}>${localise(node.label, ctx.lang)}</span>
    <output path=${pointer} aria-labelledby=${id}>${term(ctx.lang, 'nullValue')}</output>
  </div>`;
}
