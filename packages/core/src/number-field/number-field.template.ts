import type { TemplateResult } from 'lit';
import type { FieldEvents, FieldView } from '../form-control/field-template.js';
import { textInputTemplate } from '../form-control/text-input.template.js';

export interface NumberFieldView extends FieldView {
  value: string;
  placeholder?: string;
  integer: boolean;
}

/** A number field: `<mk-number-field>` and a number field inside `<mk-form>`. */
export function numberFieldTemplate(view: NumberFieldView, on: FieldEvents): TemplateResult {
  // A text input (see number-text.ts): the keyboard a number needs, the text read in the form's language.
  const attributes = { inputmode: view.integer ? 'numeric' : 'decimal', autocomplete: 'off', placeholder: view.placeholder || undefined };
  return textInputTemplate(view, 'number', 'text', { value: view.value, attributes }, on);
}
