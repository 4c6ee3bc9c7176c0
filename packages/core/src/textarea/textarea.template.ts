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

export interface TextareaView extends FieldView {
  value: string;
  placeholder: string;
  rows: number;
}

/** A multi-line text field: `<mk-textarea>` and a textarea inside `<mk-form>`. */
export function textareaTemplate(view: TextareaView, on: FieldEvents): TemplateResult {
  return fieldFrame(
    view,
    'textarea',
    html`${fieldLabel(view)} ${fieldHint(view)}
      <textarea
        id=${`${view.ids}control`}
        part="control"
        rows=${view.rows}
        .value=${live(view.value)}
        placeholder=${ifDefined(view.placeholder || undefined)}
        ?disabled=${view.disabled}
        ?readonly=${view.readonly}
        aria-required=${ifDefined(view.required ? 'true' : undefined)}
        aria-invalid=${ifDefined(ariaInvalid(view))}
        aria-describedby=${ifDefined(describedBy(view))}
        @input=${on.input}
        @change=${on.change}
      ></textarea>
      ${fieldError(view)}`,
    on,
  );
}
