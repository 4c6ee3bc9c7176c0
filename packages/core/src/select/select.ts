import type { TemplateResult } from 'lit';
import { MkChoiceControl } from '../choice/choice-control.js';
import { formControlStyles } from '../form-control/form-control.styles.js';
import { query } from 'lit/decorators.js';
import { selectedValue, selectTemplate } from './select.template.js';

/**
 * A drop-down list of options.
 *
 * @summary Select, form-associated.
 * @slot - `<option>` elements, read once when no `options` property is set.
 * @event input - The user chose an option.
 * @event change - The user chose an option.
 * @csspart label - The label.
 * @csspart hint - The help text.
 * @csspart control - The native select.
 * @csspart error - The error message.
 * @cssstate user-invalid - The value is invalid and the user has interacted with the field.
 * @cssstate user-valid - The value is valid and the user has interacted with the field.
 */
export class MkSelect extends MkChoiceControl {
  static override styles = formControlStyles;

  @query('select') private select?: HTMLSelectElement;

  protected get anchor() {
    return this.select;
  }

  override render(): TemplateResult {
    return selectTemplate(
      { ...this.view, options: this.options, value: this.modelValue },
      { input: this.#onInput, change: this.emitChange },
    );
  }

  #onInput(event: Event): void {
    this.selected = selectedValue(this.options, (event.target as HTMLSelectElement).value);
    this.hasSelection = true;
    this.commit();
  }
}
