import { property, query } from 'lit/decorators.js';
import { choiceStyles } from '../choice/choice.styles.js';
import { MkFormControl } from '../form-control/form-control.js';
import type { Problem } from '../validation/problem.js';
import type { TemplateResult } from 'lit';
import { checkboxTemplate } from './checkbox.template.js';

/**
 * A single checkbox for a yes/no value. The record holds `true` or `false`.
 *
 * @summary Checkbox, form-associated.
 * @event input - The user toggled the checkbox.
 * @event change - The user toggled the checkbox.
 * @csspart label - The label.
 * @csspart hint - The help text.
 * @csspart control - The native checkbox.
 * @csspart error - The error message.
 * @cssstate user-invalid - The box must be ticked and is not, after interaction or submit.
 * @cssstate user-valid - The value is valid and the user has interacted with the checkbox.
 */
export class MkCheckbox extends MkFormControl {
  static override styles = choiceStyles;

  /** Whether it is ticked at first and after a form reset. */
  @property({ type: Boolean, attribute: 'checked' }) defaultChecked = false;

  /** The value submitted with the form when ticked. */
  @property() value = 'on';

  @query('input') private input?: HTMLInputElement;

  #checked?: boolean;

  /** Whether the box is ticked now. */
  get checked(): boolean {
    return this.#checked ?? this.defaultChecked;
  }
  set checked(checked: boolean) {
    const old = this.checked;
    this.#checked = !!checked;
    this.internals.setFormValue(this.formValue());
    this.requestUpdate('checked', old);
  }

  get modelValue(): unknown {
    return this.checked;
  }
  set modelValue(value: unknown) {
    this.checked = value === true;
  }

  protected formValue(): string | null {
    return this.checked ? this.value : null;
  }

  protected resetValue(): void {
    this.#checked = undefined;
  }

  protected get anchor() {
    return this.input;
  }

  protected override restoreState(state: string): void {
    this.checked = state === this.value;
  }

  protected override checkValue(): Problem | undefined {
    return this.required && !this.checked ? { pointer: this.path ?? '', keyword: 'required', key: 'valueMissing', params: {} } : undefined;
  }

  override render(): TemplateResult {
    return checkboxTemplate({ ...this.view, checked: this.checked }, { input: this.#onInput, change: this.emitChange });
  }

  #onInput(event: Event): void {
    this.#checked = (event.target as HTMLInputElement).checked;
    this.commit();
  }
}
