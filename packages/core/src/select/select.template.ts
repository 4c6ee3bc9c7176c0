import type { TemplateResult } from 'lit';
import type { ChoiceOption } from '../choice/choice-control.js';
import { isChosen } from '../choice/choice-values.js';
import type { FieldEvents, FieldView } from '../form-control/field-template.js';
import { choiceControlState, frameState, labelState } from '../form-control/part-states.js';
import { localise, term } from '../l10n/catalogue.js';
import { html } from '../templates/compact-html.js';
import { selectOptions } from './select-options.js';

export interface SelectView extends FieldView {
  options: ChoiceOption[];
  value: unknown;
}

/** A drop-down list: `<mk-select>` and a select inside `<mk-form>`. Option values are their indexes. */
export function selectTemplate(view: SelectView, on: FieldEvents): TemplateResult {
  const chosen = view.options.findIndex((o) => isChosen(o, view.value));
  const labels = view.options.map((option) => localise(option.label, view.lang));
  return html`<div ${frameState(view, 'select', on)}>
    <label part="label" ${labelState(view, { for: true })}></label>
    <select part="control" ${choiceControlState(view, on)} ${selectOptions(labels, chosen, term(view.lang, 'choose'))}>
      <option value=""></option>
    </select>
  </div>`;
}

/** The option value a select's text (an index, '' for none) stands for. */
export function selectedValue(options: ChoiceOption[], raw: string): unknown {
  return raw === '' ? undefined : options[Number(raw)]?.value;
}
