import type { TemplateResult } from 'lit';
import { displayText } from '../form-control/display-text.js';
import type { FieldEvents, FieldView } from '../form-control/field-template.js';
import { textInputTemplate } from '../form-control/text-input.template.js';

export interface TextFieldView extends FieldView {
  type: 'text' | 'email' | 'url' | 'tel' | 'search';
  value: string;
  placeholder: string;
  autocomplete?: string;
}

/** A single-line text field: `<mk-text-field>` and a text field inside `<mk-form>`. */
export function textFieldTemplate(view: TextFieldView, on: FieldEvents): TemplateResult {
  const attributes = { placeholder: view.placeholder || undefined, autocomplete: view.autocomplete };
  return textInputTemplate(view, 'text', view.type, { value: view.value, attributes }, on);
}

/** The record's value of a text control: its text, or nothing when empty. */
export function textValue(text: string): string | undefined {
  return text === '' ? undefined : text;
}

/** What a text control shows for a record value (a value of the wrong type shows as empty, see `displayText`). */
export function textOf(value: unknown): string {
  return displayText(value);
}
