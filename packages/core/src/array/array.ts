import { nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { addEnglish, term } from '../l10n/catalogue.js';
import { enArray } from '../l10n/en-array.js';
import { fieldClasses } from '../form-control/field-template.js';
import { MkFormControl } from '../form-control/form-control.js';
import { html } from '../templates/compact-html.js';
import { joinPointer } from '../store/pointer.js';
import type { Problem } from '../validation/problem.js';
import { arrayStyles } from './array.styles.js';
import { displayText } from '../form-control/display-text.js';
import { widgetStyles } from '../widgets/widgets.styles.js';

addEnglish(enArray);

/** Renders one item of an array inside `<mk-form>`: the item's JSON Pointer and its index. */
export type ItemRenderer = (pointer: string, index: number) => unknown;

/**
 * A list of items the user can add, remove and reorder, with buttons that work by keyboard and
 * announcements for screen readers. Inside `<mk-form>` each item renders the fields of the array's
 * item schema; on its own it edits a list of text items.
 *
 * @summary Editable list, form-associated (submits its items as JSON).
 * @event input - Items were added, removed, moved or edited.
 * @event change - Items were added, removed or moved.
 * @event mk-item-add - An item was added; `detail.index` is its position.
 * @csspart label - The legend.
 * @csspart hint - The help text.
 * @csspart item - One item.
 * @csspart add-button - The add button.
 * @csspart error - The error message.
 * @cssproperty --mk-array-item-border-color - Border of each item.
 * @cssstate user-invalid - Too few or too many items, after interaction or submit.
 */
export class MkArray extends MkFormControl {
  static override styles = [...arrayStyles, ...widgetStyles];

  /** What one item is called ("Step", "Member"): used in legends, button names and announcements. */
  @property({ attribute: 'item-label' }) itemLabel = 'Item';

  /** Fewest items allowed. */
  @property({ type: Number, attribute: 'min-items' }) minItems?: number;

  /** Most items allowed; the add button is disabled at this count. */
  @property({ type: Number, attribute: 'max-items' }) maxItems?: number;

  /**
   * How many leading items have a place of their own (a tuple's `prefixItems`, set by `<mk-form>`): each has its own
   * schema, so they are not moved, nothing is moved in among them, and only the last item of the list may be removed
   * from them (removing one before it would shift the next into a place whose schema it does not fit).
   */
  @property({ type: Number, attribute: 'fixed-items' }) fixedItems = 0;

  /** Renders an item's fields (set by `<mk-form>`). Without it, items are text inputs. */
  @property({ attribute: false }) renderItem?: ItemRenderer;

  /** Makes the value of a new item (set by `<mk-form>` from the item schema's defaults). */
  @property({ attribute: false }) createItem: () => unknown = () => undefined;

  @state() private announcement = '';

  #items?: unknown[];
  /** Stable keys so Lit keeps each item's DOM when items move. */
  #keys: number[] = [];
  #nextKey = 0;

  get modelValue(): unknown {
    return this.#items;
  }
  set modelValue(value: unknown) {
    const old = this.#items;
    this.#items = Array.isArray(value) ? value : undefined;
    this.#syncKeys();
    this.internals.setFormValue(this.formValue());
    this.requestUpdate('modelValue', old);
  }

  /** The items. */
  get items(): unknown[] {
    return this.#items ?? [];
  }
  set items(items: unknown[]) {
    this.modelValue = items;
  }

  protected formValue(): string | null {
    return this.#items ? JSON.stringify(this.#items) : null;
  }

  protected resetValue(): void {
    this.#items = undefined;
    this.#syncKeys();
  }

  protected get anchor() {
    return this.renderRoot.querySelector<HTMLElement>('button.add') ?? undefined;
  }

  protected override checkValue(): Problem | undefined {
    const n = this.items.length;
    const pointer = this.path ?? '';
    if (this.required && this.#items === undefined) return { pointer, keyword: 'required', key: 'valueMissing', params: {} };
    if (this.minItems !== undefined && n < this.minItems && (n > 0 || this.required))
      return { pointer, keyword: 'minItems', key: 'tooFewItems', params: { min: this.minItems } };
    if (this.maxItems !== undefined && n > this.maxItems)
      return { pointer, keyword: 'maxItems', key: 'tooManyItems', params: { max: this.maxItems } };
    return undefined;
  }

  /** Adds an item at the end (or at `index`) and moves focus into it. */
  async addItem(index = this.items.length): Promise<void> {
    const items = [...this.items];
    items.splice(index, 0, this.createItem());
    this.#keys.splice(index, 0, this.#nextKey++);
    this.#write(items, 'itemAdded', index);
    this.dispatchEvent(new CustomEvent('mk-item-add', { detail: { index }, bubbles: true, composed: true }));
    await this.updateComplete;
    const item = this.renderRoot.querySelectorAll<HTMLElement>('li')[index];
    // The item's first control: a light field's input, or a field element (which delegates focus).
    const body = item?.querySelector('[data-item-body]');
    (
      body?.querySelector<HTMLElement>('input, textarea, select, button, :not(.field)[path]') ??
      item?.querySelector<HTMLElement>('input, button')
    )?.focus();
  }

  /** Removes the item at `index`; focus goes to the next item (or the add button). */
  async removeItem(index: number): Promise<void> {
    if (!this.#removable(index)) return;
    const items = [...this.items];
    items.splice(index, 1);
    this.#keys.splice(index, 1);
    this.#write(items, 'itemRemoved', index);
    await this.updateComplete;
    const buttons = this.renderRoot.querySelectorAll<HTMLElement>('button.remove');
    (buttons[Math.min(index, buttons.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('button.add'))?.focus();
  }

  /** Moves the item at `from` to `to`; focus stays on the button that was used. */
  async moveItem(from: number, to: number, focusClass = 'move-up'): Promise<void> {
    if (to < 0 || to >= this.items.length || from === to || Math.min(from, to) < this.fixedItems) return;
    const items = [...this.items];
    const [item] = items.splice(from, 1);
    items.splice(to, 0, item);
    const [key] = this.#keys.splice(from, 1);
    this.#keys.splice(to, 0, key!);
    this.#write(items, 'itemMoved', to);
    await this.updateComplete;
    const target = this.renderRoot.querySelectorAll('li')[to]?.querySelector<HTMLButtonElement>(`button.${focusClass}`);
    (target && !target.disabled
      ? target
      : this.renderRoot.querySelectorAll('li')[to]?.querySelector<HTMLElement>('button:not(:disabled)')
    )?.focus();
  }

  #removable(index: number): boolean {
    return index >= this.fixedItems || index === this.items.length - 1;
  }

  #write(items: unknown[], announcement: 'itemAdded' | 'itemRemoved' | 'itemMoved', index: number): void {
    this.#items = items;
    this.dirty = true;
    this.interacted = true;
    if (this.formContext && this.path !== undefined) this.formContext.store.set(this.path, items, { subtree: true });
    this.internals.setFormValue(this.formValue());
    this.announcement = term(this.language, announcement, { label: this.itemLabel, n: index + 1 });
    this.requestUpdate();
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.emitChange();
  }

  #syncKeys(): void {
    const n = this.items.length;
    while (this.#keys.length < n) this.#keys.push(this.#nextKey++);
    this.#keys.length = n;
  }

  override render(): TemplateResult {
    const items = this.items;
    const locked = this.isDisabled || this.isReadonly;
    const full = this.maxItems !== undefined && items.length >= this.maxItems;
    const atMin = this.minItems !== undefined && items.length <= this.minItems;
    const lang = this.language;
    const indexes = items.map((_, i) => i);
    return html`
      <fieldset class=${`${fieldClasses(this.view)} array`} aria-describedby=${this.describedByAttr()}>
        ${this.#head(items.length === 0)}
        <ol>
          ${repeat(
            indexes,
            (i) => this.#keys[i],
            (i) => {
              const name = term(lang, 'itemLabel', { label: this.itemLabel, n: i + 1 });
              return html`<li part="item">
                <div class="item-head">
                  <span class="item-title" id=${`item-${i}`}>${name}</span>
                  ${
                    locked
                      ? nothing
                      : html`<button
                            type="button"
                            class="move-up"
                            ?disabled=${i - 1 < this.fixedItems}
                            aria-label=${`${term(lang, 'moveUp')}: ${name}`}
                            @click=${() => this.moveItem(i, i - 1, 'move-up')}
                          >
                            ↑ <span class="visually-hidden">${term(lang, 'moveUp')}</span>
                          </button>
                          <button
                            type="button"
                            class="move-down"
                            ?disabled=${i === items.length - 1 || i < this.fixedItems}
                            aria-label=${`${term(lang, 'moveDown')}: ${name}`}
                            @click=${() => this.moveItem(i, i + 1, 'move-down')}
                          >
                            ↓ <span class="visually-hidden">${term(lang, 'moveDown')}</span>
                          </button>
                          <button
                            type="button"
                            class="remove"
                            ?disabled=${atMin || !this.#removable(i)}
                            aria-label=${term(lang, 'removeItem', { label: this.itemLabel, n: i + 1 })}
                            @click=${() => this.removeItem(i)}
                          >
                            ${term(lang, 'remove')}
                          </button>`
                  }
                </div>
                <div data-item-body role="group" aria-labelledby=${`item-${i}`}>${this.#renderItemBody(i, name, locked)}</div>
              </li>`;
            },
          )}
        </ol>
        ${
          locked
            ? nothing
            : html`<button type="button" class="add" part="add-button" ?disabled=${full} @click=${() => this.addItem()}>
                + ${term(lang, 'addItem', { label: this.itemLabel })}
              </button>`
        }
        ${this.renderProblem()}
        <div class="live visually-hidden" role="status" aria-live="polite" .textContent=${this.announcement}></div>
      </fieldset>
    `;
  }

  /**
   * The legend, the hint and, while there are no items, the text that says so: one part. A list with no
   * required mark and no hint (most) has its texts as properties, no part for each.
   */
  #head(empty: boolean): TemplateResult {
    const mark = this.renderRequiredMark();
    const hint = this.renderHint();
    const none = term(this.language, 'noItems');
    if (mark === nothing && hint === nothing)
      return empty
        ? html`<legend part="label" .textContent=${this.label}></legend>
            <p class="empty" .textContent=${none}></p>`
        : html`<legend part="label" .textContent=${this.label}></legend>`;
    return html`<legend part="label">${this.label}${mark}</legend>
      ${hint}${empty ? html`<p class="empty" .textContent=${none}></p>` : nothing}`;
  }

  #renderItemBody(index: number, name: string, locked: boolean): unknown {
    if (this.renderItem && this.path !== undefined) return this.renderItem(joinPointer(this.path, index), index);
    const value = this.items[index];
    return html`<input
      aria-label=${name}
      .value=${displayText(value)}
      ?readonly=${locked}
      @input=${(e: Event) => this.#editText(index, (e.target as HTMLInputElement).value)}
    />`;
  }

  #editText(index: number, text: string): void {
    const items = [...this.items];
    items[index] = text;
    this.#items = items;
    this.commit();
  }
}
