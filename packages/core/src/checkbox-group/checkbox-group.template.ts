import type { TemplateResult } from 'lit';
import type { ChoiceOption } from '../choice/choice-control.js';
import { isAmong } from '../choice/choice-values.js';
import { choiceGroupState } from '../choice/choice-group-state.js';
import type { FieldEvents, FieldView } from '../form-control/field-template.js';
import { localise } from '../l10n/catalogue.js';
import { html } from '../templates/compact-html.js';

export interface CheckboxGroupView extends FieldView {
  options: ChoiceOption[];
  /** The chosen values. */
  value: unknown;
  orientation: 'vertical' | 'horizontal';
}

/** A group of checkboxes choosing several options: `<mk-checkbox-group>` and one inside `<mk-form>`. */
export function checkboxGroupTemplate(view: CheckboxGroupView, on: FieldEvents & { toggle(index: number): void }): TemplateResult {
  const locked = view.disabled || view.readonly;
  const states = view.options.map((option, i) => ({
    index: i,
    checked: isAmong(option, view.value),
    disabled: locked,
    text: localise(option.label, view.lang),
  }));
  return html`<fieldset ${choiceGroupState(view, 'checkboxes', 'checkbox', states, on, view.orientation)}>
    <div part="options"></div>
  </fieldset>`;
}
