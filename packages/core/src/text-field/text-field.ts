import { type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { formControlStyles } from '../form-control/form-control.styles.js';
import { MkTextControl } from '../form-control/text-control.js';
import { textFieldTemplate } from './text-field.template.js';

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
export class MkTextField extends MkTextControl {
  static override styles = formControlStyles;

  /** Input type. */
  @property() type: 'text' | 'email' | 'url' | 'tel' | 'search' = 'text';

  /** Browser autocomplete token. */
  @property() autocomplete?: string;

  override render(): TemplateResult {
    return textFieldTemplate(
      { ...this.view, type: this.type, value: this.value, placeholder: this.placeholder, autocomplete: this.autocomplete },
      this.events,
    );
  }
}
