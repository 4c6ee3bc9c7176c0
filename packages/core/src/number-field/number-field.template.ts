import type { TemplateResult } from 'lit';
import type { FieldEvents, FieldView } from '../form-control/field-template.js';
import { textInputTemplate } from '../form-control/text-input.template.js';

export interface NumberFieldView extends FieldView {
  value: string;
  min?: number;
  max?: number;
  integer: boolean;
}

/** A number field: `<mk-number-field>` and a number field inside `<mk-form>`. */
export function numberFieldTemplate(view: NumberFieldView, on: FieldEvents): TemplateResult {
  const attributes = { inputmode: view.integer ? 'numeric' : 'decimal', step: view.integer ? '1' : 'any', min: view.min, max: view.max };
  return textInputTemplate(view, 'number', 'number', { value: view.value, attributes }, on);
}

/** The record's value of a number input's text: a number, or nothing when empty. */
export function numberValue(text: string): number | undefined {
  return text === '' ? undefined : Number(text);
}
