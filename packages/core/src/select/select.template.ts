import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ChoiceOption } from '../choice/choice-control.js';
import { isChosen } from '../choice/choice-values.js';
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
import { localise, term } from '../l10n/catalogue.js';
import { html, slots } from '../templates/compact-html.js';

export interface SelectView extends FieldView {
  options: ChoiceOption[];
  value: unknown;
}

/** A drop-down list: `<mk-select>` and a select inside `<mk-form>`. Option values are their indexes. */
export function selectTemplate(view: SelectView, on: FieldEvents): TemplateResult {
  const chosen = view.options.findIndex((o) => isChosen(o, view.value));
  const options = view.options.map(
    (option, i) => html`<option value=${i} ?selected=${i === chosen} .textContent=${localise(option.label, view.lang)}></option>`,
  );
  return fieldFrame(
    view,
    'select',
    html`${fieldLabel(view)}${fieldHint(view)}
      <select
        id=${`${view.ids}control`}
        part="control"
        ?disabled=${view.disabled || view.readonly}
        aria-required=${ifDefined(view.required ? 'true' : undefined)}
        aria-invalid=${ifDefined(ariaInvalid(view))}
        aria-describedby=${ifDefined(describedBy(view))}
        @input=${on.input}
        @change=${on.change}
      >
        <option value="" ?selected=${chosen < 0} .textContent=${term(view.lang, 'choose')}></option>
        ${slots(options)}
      </select>
      ${fieldError(view)}`,
    on,
  );
}

/** The option value a select's text (an index, '' for none) stands for. */
export function selectedValue(options: ChoiceOption[], raw: string): unknown {
  return raw === '' ? undefined : options[Number(raw)]?.value;
}
