import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import {
  ariaInvalid,
  describedBy,
  fieldError,
  type FieldEvents,
  fieldFrame,
  fieldHint,
  type FieldView,
} from '../form-control/field-template.js';
import { labelState } from '../form-control/part-states.js';
import { html } from '../templates/compact-html.js';

export interface CheckboxView extends FieldView {
  checked: boolean;
}

/** A single yes/no checkbox: `<mk-checkbox>` and a checkbox inside `<mk-form>`. */
export function checkboxTemplate(view: CheckboxView, on: FieldEvents): TemplateResult {
  return fieldFrame(
    view,
    'checkbox',
    html`<label class="option" part="label">
        <input
          id=${`${view.ids}control`}
          part="control"
          type="checkbox"
          .checked=${live(view.checked)}
          ?disabled=${view.disabled || view.readonly}
          aria-required=${ifDefined(view.required ? 'true' : undefined)}
          aria-invalid=${ifDefined(ariaInvalid(view))}
          aria-describedby=${ifDefined(describedBy(view))}
          @input=${on.input}
          @change=${on.change}
        />
        <span ${labelState(view)}></span>
      </label>
      ${fieldHint(view)}${fieldError(view)}`,
    on,
  );
}
