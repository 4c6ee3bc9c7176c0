import type { TemplateResult } from 'lit';
import type { FieldEvents, FieldView } from '../form-control/field-template.js';
import { textInputTemplate } from '../form-control/text-input.template.js';

export interface DateFieldView extends FieldView {
  /** What the input shows: the value the language's way, or what the user is typing. */
  text: string;
  /** How to write the value, with an example ('' when nothing can be typed). */
  format: string;
}

/**
 * A date, date-and-time or time typed as text in the page's language: `<mk-date-field>` and a date
 * field inside `<mk-form>`. A text input rather than the native date input, whose format follows the
 * browser's locale and not the page's.
 */
export function dateFieldTemplate(view: DateFieldView, on: FieldEvents): TemplateResult {
  const attributes = { autocomplete: 'off', spellcheck: 'false' };
  return textInputTemplate(view, 'date', 'text', { value: view.text, attributes, format: view.format }, on);
}
