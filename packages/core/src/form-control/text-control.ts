import { property, query } from 'lit/decorators.js';
import { textOf, textValue } from '../text-field/text-field.template.js';
import { MkFormControl } from './form-control.js';
import { displayText } from './display-text.js';

/**
 * Base of the controls whose value is text in a native input or textarea (text, textarea, date,
 * number): the `value` attribute is the default, the `value` property is live.
 */
export abstract class MkTextControl extends MkFormControl {
  /** The default value: what the field holds at first and after a form reset. */
  @property({ attribute: 'value' }) defaultValue = '';

  /** Placeholder text (never a substitute for the label). */
  @property() placeholder = '';

  @query('#control') protected control?: HTMLInputElement | HTMLTextAreaElement;

  #value?: string;

  /** The current value, as text. */
  get value(): string {
    return this.#value ?? this.defaultValue;
  }
  set value(value: string) {
    const old = this.value;
    this.#value = displayText(value);
    this.requestUpdate('value', old);
    this.internals.setFormValue(this.#value);
  }

  get modelValue(): unknown {
    return textValue(this.value);
  }
  set modelValue(value: unknown) {
    this.value = textOf(value);
  }

  protected formValue(): string {
    return this.value;
  }

  protected resetValue(): void {
    this.#value = undefined;
  }

  protected get anchor() {
    return this.control;
  }

  protected override onInput(event: Event): void {
    this.#value = (event.target as HTMLInputElement).value;
    this.commit();
  }
}
