import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
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

export interface NumberFieldView extends FieldView {
  value: string;
  min?: number;
  max?: number;
  integer: boolean;
}

/** A number field: `<mk-number-field>` and a number field inside `<mk-form>`. */
export function numberFieldTemplate(view: NumberFieldView, on: FieldEvents): TemplateResult {
  return fieldFrame(
    view,
    'number',
    html`${fieldLabel(view)} ${fieldHint(view)}
      <input
        id=${`${view.ids}control`}
        part="control"
        type="number"
        inputmode=${view.integer ? 'numeric' : 'decimal'}
        step=${view.integer ? '1' : 'any'}
        min=${ifDefined(view.min)}
        max=${ifDefined(view.max)}
        .value=${live(view.value)}
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

/** The record's value of a number input's text: a number, or nothing when empty. */
export function numberValue(text: string): number | undefined {
  return text === '' ? undefined : Number(text);
}
