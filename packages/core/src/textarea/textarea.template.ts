import type { TemplateResult } from 'lit';
import type { FieldEvents, FieldView } from '../form-control/field-template.js';
import { textInputTemplate } from '../form-control/text-input.template.js';

export interface TextareaView extends FieldView {
  value: string;
  placeholder: string;
  rows: number;
}

/** A multi-line text field: `<mk-textarea>` and a textarea inside `<mk-form>`. */
export function textareaTemplate(view: TextareaView, on: FieldEvents): TemplateResult {
  const attributes = { rows: view.rows, placeholder: view.placeholder || undefined };
  return textInputTemplate(view, 'textarea', 'textarea', { value: view.value, attributes }, on);
}
