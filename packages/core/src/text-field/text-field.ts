import { html, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { MkFormControl } from '../form-control/form-control.js';
import { formControlStyles } from '../form-control/form-control.styles.js';

/**
 * A single-line text input: text, email, URL, telephone or search.
 *
 * @summary Single-line text field, form-associated.
 * @event input - The value changed as the user typed.
 * @event change - The user committed a change.
 * @csspart label - The label.
 * @csspart hint - The help text.
 * @csspart control - The native input.
 * @csspart error - The error message.
 * @cssproperty --mk-form-control-border-color - Border colour of the input.
 * @cssproperty --mk-form-control-background - Background of the input.
 * @cssstate user-invalid - The value is invalid and the user has interacted with the field.
 * @cssstate user-valid - The value is valid and the user has interacted with the field.
 */
export class MkTextField extends MkFormControl {
  static override styles = formControlStyles;

  /** Input type. */
  @property() type: 'text' | 'email' | 'url' | 'tel' | 'search' = 'text';

  /** The default value: what the field holds at first and after a form reset. */
  @property({ attribute: 'value' }) defaultValue = '';

  /** Placeholder text (never a substitute for the label). */
  @property() placeholder = '';

  /** Browser autocomplete token. */
  @property() autocomplete?: string;

  @query('input') private input?: HTMLInputElement;

  #value?: string;

  /** The current value. */
  get value(): string {
    return this.#value ?? this.defaultValue;
  }
  set value(value: string) {
    const old = this.value;
    this.#value = value == null ? '' : String(value);
    this.requestUpdate('value', old);
    this.internals.setFormValue(this.#value);
  }

  get modelValue(): unknown {
    return this.value === '' ? undefined : this.value;
  }
  set modelValue(value: unknown) {
    this.value = value == null ? '' : String(value);
  }

  protected formValue(): string {
    return this.value;
  }

  protected resetValue(): void {
    this.#value = undefined;
  }

  protected get anchor() {
    return this.input;
  }

  override render(): TemplateResult {
    return html`
      ${this.renderLabel()} ${this.renderHint()}
      <input
        id="control"
        part="control"
        type=${this.type}
        .value=${live(this.value)}
        placeholder=${ifDefined(this.placeholder || undefined)}
        autocomplete=${ifDefined(this.autocomplete as never)}
        ?disabled=${this.isDisabled}
        ?readonly=${this.isReadonly}
        ?required=${this.required}
        aria-invalid=${ifDefined(this.ariaInvalidValue)}
        aria-describedby=${this.describedByAttr()}
        @input=${this.#onInput}
        @change=${this.emitChange}
      />
      ${this.renderProblem()}
    `;
  }

  #onInput(event: Event): void {
    this.#value = (event.target as HTMLInputElement).value;
    this.commit();
  }
}
