import type { TemplateResult } from 'lit';
import type { FieldEvents, FieldView } from '../form-control/field-template.js';
import { choiceControlState, frameState, labelState } from '../form-control/part-states.js';
import { html } from '../templates/compact-html.js';

export interface CheckboxView extends FieldView {
  checked: boolean;
}

/** A single yes/no checkbox: `<mk-checkbox>` and a checkbox inside `<mk-form>`. */
export function checkboxTemplate(view: CheckboxView, on: FieldEvents): TemplateResult {
  return html`<div ${frameState(view, 'checkbox', on)}>
    <label class="option" part="label">
      <input part="control" type="checkbox" ${choiceControlState(view, on, view.checked)} />
      <span ${labelState(view)}></span>
    </label>
  </div>`;
}
