import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { choiceStyles } from '../choice/choice.styles.js';
import { MkChoiceControl } from '../choice/choice-control.js';
import type { Problem } from '../validation/problem.js';

/** Identity of an option value: JSON for objects (a `const` may be `{ framework, ref }`), text otherwise. */
function keyOf(value: unknown): string {
  return value !== null && typeof value === 'object' ? canonical(value) : String(value);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/**
 * A group of checkboxes choosing several options (tags). The record holds an array of the chosen
 * options' values, in the options' order; the form submits one entry per chosen option.
 *
 * @summary Checkbox group (multi-select), form-associated.
 * @slot - `<option>` elements, read once when no `options` property is set.
 * @event input - The user ticked or unticked an option.
 * @event change - The user ticked or unticked an option.
 * @csspart label - The legend.
 * @csspart hint - The help text.
 * @csspart options - The container of the options.
 * @csspart option - One option.
 * @csspart error - The error message.
 * @cssstate user-invalid - Too few options chosen, after interaction or submit.
 * @cssstate user-valid - The choice is valid and the user has interacted with the group.
 */
export class MkCheckboxGroup extends MkChoiceControl {
  static override styles = choiceStyles;

  /** Layout of the options. */
  @property({ reflect: true }) orientation: 'vertical' | 'horizontal' = 'vertical';

  protected get anchor() {
    return this.renderRoot.querySelector<HTMLInputElement>('input');
  }

  /** The chosen values, in the options' order. */
  override get modelValue(): unknown {
    if (this.hasSelection) return this.selected;
    if (this.defaultValue === '') return undefined;
    const defaults = this.defaultValue.split(',').map((v) => v.trim());
    return this.options.filter((o) => defaults.includes(String(o.value))).map((o) => o.value);
  }
  override set modelValue(value: unknown) {
    super.modelValue = Array.isArray(value) ? value : value == null ? undefined : [value];
  }

  /** The chosen values as comma-separated text. */
  override get value(): string {
    return this.chosenValues().map(keyOf).join(',');
  }
  override set value(value: string) {
    const wanted = String(value ?? '')
      .split(',')
      .map((v) => v.trim());
    this.modelValue = this.options.filter((o) => wanted.includes(keyOf(o.value))).map((o) => o.value);
  }

  protected override formValue(): FormData | null {
    const chosen = this.chosenValues();
    if (!chosen.length || !this.name) return null;
    const data = new FormData();
    for (const value of chosen) data.append(this.name, keyOf(value));
    return data;
  }

  protected override isChosen(option: { value: unknown }): boolean {
    const key = keyOf(option.value);
    return this.chosenValues().some((v) => keyOf(v) === key);
  }

  protected override checkValue(): Problem | undefined {
    return this.required && this.chosenValues().length === 0
      ? { pointer: this.path ?? '', keyword: 'required', key: 'tooFewItems', params: { min: 1 } }
      : undefined;
  }

  private chosenValues(): unknown[] {
    const model = this.modelValue;
    return Array.isArray(model) ? model : [];
  }

  override render(): TemplateResult {
    const locked = this.isDisabled || this.isReadonly;
    return html`
      <fieldset aria-describedby=${this.describedByAttr()} aria-invalid=${ifDefined(this.ariaInvalidValue)} ?disabled=${this.isDisabled}>
        <legend part="label">${this.label}${this.renderRequiredMark()}</legend>
        ${this.renderHint()}
        <div class="options" part="options">
          ${this.options.map(
            (option, i) => html`
              <label class="option" part="option">
                <input
                  type="checkbox"
                  .checked=${this.isChosen(option)}
                  ?disabled=${locked}
                  @input=${() => this.#toggle(i)}
                  @change=${this.emitChange}
                />
                <span>${this.optionLabel(option)}</span>
              </label>
            `,
          )}
        </div>
        ${this.renderProblem()}
      </fieldset>
    `;
  }

  #toggle(index: number): void {
    const option = this.options[index]!;
    const key = keyOf(option.value);
    const chosen = new Set(this.chosenValues().map(keyOf));
    if (chosen.has(key)) chosen.delete(key);
    else chosen.add(key);
    const next = this.options.filter((o) => chosen.has(keyOf(o.value))).map((o) => o.value);
    this.selected = next.length ? next : undefined;
    this.hasSelection = true;
    this.commit();
  }
}
