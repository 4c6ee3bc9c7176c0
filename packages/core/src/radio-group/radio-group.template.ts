import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ChoiceOption } from '../choice/choice-control.js';
import { symbolGlyphs } from '../choice/choice.styles.js';
import { isChosen } from '../choice/choice-values.js';
import {
  ariaInvalid,
  describedBy,
  fieldError,
  type FieldEvents,
  fieldFrame,
  fieldHint,
  type FieldView,
  requiredMark,
} from '../form-control/field-template.js';
import { localise } from '../l10n/catalogue.js';
import { cssProperties } from '../styles/css-properties.js';

export interface RadioGroupView extends FieldView {
  options: ChoiceOption[];
  value: unknown;
  orientation: 'vertical' | 'horizontal';
}

/**
 * A group of radio buttons in a fieldset: `<mk-radio-group>` and a radio group inside `<mk-form>`.
 * `pick(index)` is called when the user chooses an option (the radios' name keeps each group apart).
 */
export function radioGroupTemplate(view: RadioGroupView, on: FieldEvents & { pick(index: number): void }): TemplateResult {
  const locked = view.disabled || view.readonly;
  return fieldFrame(
    view,
    'radio',
    html`<fieldset
      role="radiogroup"
      aria-required=${ifDefined(view.required ? 'true' : undefined)}
      aria-describedby=${ifDefined(describedBy(view))}
      aria-invalid=${ifDefined(ariaInvalid(view))}
      ?disabled=${view.disabled}
    >
      <legend part="label">${view.label}${requiredMark(view)}</legend>
      ${fieldHint(view)}
      <div class=${view.orientation === 'horizontal' ? 'options horizontal' : 'options'} part="options">
        ${view.options.map((option, i) => {
          const chosen = isChosen(option, view.value);
          return html`
            <label class="option" part="option" ${cssProperties({ '--_option-color': option.color })}>
              <input
                type="radio"
                name=${`${view.ids}choice`}
                .value=${String(i)}
                .checked=${chosen}
                ?disabled=${locked && !chosen}
                @input=${() => on.pick(i)}
                @change=${on.change}
              />
              ${option.symbol ? html`<span class="symbol" aria-hidden="true">${symbolGlyphs[option.symbol] ?? ''}</span>` : ''}
              <span
                >${localise(option.label, view.lang)}${
                  option.description ? html`<span class="option-description">${localise(option.description, view.lang)}</span>` : ''
                }</span
              >
            </label>
          `;
        })}
      </div>
      ${fieldError(view)}
    </fieldset>`,
    on,
  );
}
