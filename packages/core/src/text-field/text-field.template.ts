import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { html as staticHtml } from 'lit/static-html.js';
import { displayText } from '../form-control/display-text.js';
import {
  ariaInvalid,
  describedBy,
  fieldError,
  type FieldEvents,
  fieldFrame,
  fieldHint,
  fieldLabel,
  type FieldView,
} from '../form-control/field-template.js';
import { inputType } from '../form-control/input-type.js';

export interface TextFieldView extends FieldView {
  type: 'text' | 'email' | 'url' | 'tel' | 'search';
  value: string;
  placeholder: string;
  autocomplete?: string;
}

/** A single-line text field: `<mk-text-field>` and a text field inside `<mk-form>`. */
export function textFieldTemplate(view: TextFieldView, on: FieldEvents): TemplateResult {
  return fieldFrame(
    view,
    'text',
    staticHtml`${fieldLabel(view)} ${fieldHint(view)}
      <input
        id=${`${view.ids}control`}
        part="control"
        type=${inputType(view.type)}
        .value=${live(view.value)}
        placeholder=${ifDefined(view.placeholder || undefined)}
        autocomplete=${ifDefined(view.autocomplete as never)}
        ?disabled=${view.disabled}
        ?readonly=${view.readonly}
        aria-required=${ifDefined(view.required ? 'true' : undefined)}
        aria-invalid=${ifDefined(ariaInvalid(view))}
        aria-describedby=${ifDefined(describedBy(view))}
        @input=${on.input}
        @change=${on.change}
      />
      ${fieldError(view)}`,
    on,
  );
}

/** The record's value of a text control: its text, or nothing when empty. */
export function textValue(text: string): string | undefined {
  return text === '' ? undefined : text;
}

/** What a text control shows for a record value (a value of the wrong type shows as empty, see `displayText`). */
export function textOf(value: unknown): string {
  return displayText(value);
}
