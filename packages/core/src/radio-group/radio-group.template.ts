import { nothing, type TemplateResult } from 'lit';
import type { ChoiceOption } from '../choice/choice-control.js';
import { symbolGlyphs } from '../choice/choice.styles.js';
import { isChosen } from '../choice/choice-values.js';
import { choiceOptions } from '../choice/option-state.js';
import { fieldError, type FieldEvents, fieldHint, type FieldView } from '../form-control/field-template.js';
import { frameState, groupState, labelState } from '../form-control/part-states.js';
import { localise } from '../l10n/catalogue.js';
import { html } from '../templates/compact-html.js';

export interface RadioGroupView extends FieldView {
  options: ChoiceOption[];
  value: unknown;
  orientation: 'vertical' | 'horizontal';
}

/** An option's text: its label alone (one text node), or with its symbol and description. */
function optionText(option: ChoiceOption, lang: string): TemplateResult | string {
  const label = localise(option.label, lang);
  if (!option.symbol && !option.description) return label;
  // The space keeps the symbol apart from the label in the text (`✖ Red`).
  const symbol = option.symbol ? html`<span class="symbol" aria-hidden="true">${symbolGlyphs[option.symbol] ?? ''}</span> ` : nothing;
  const description = option.description ? html`<span class="option-description">${localise(option.description, lang)}</span>` : nothing;
  return html`${symbol}<span>${label}${description}</span>`;
}

/**
 * A group of radio buttons in a fieldset: `<mk-radio-group>` and a radio group inside `<mk-form>`.
 * `pick(index)` is called when the user chooses an option (the radios' name keeps each group apart).
 */
export function radioGroupTemplate(view: RadioGroupView, on: FieldEvents & { pick(index: number): void }): TemplateResult {
  const locked = view.disabled || view.readonly;
  const name = `${view.ids}choice`;
  const events = { pick: on.pick, change: on.change };
  const options = view.options.map((option, i) => {
    const chosen = isChosen(option, view.value);
    return { name, index: i, checked: chosen, disabled: locked && !chosen, color: option.color, text: optionText(option, view.lang) };
  });
  return html`<div ${frameState(view, 'radio', on)}>
    <fieldset role="radiogroup" ${groupState(view, { required: true })}>
      <legend part="label" ${labelState(view)}></legend>
      ${fieldHint(view)}
      <div
        class=${view.orientation === 'horizontal' ? 'options horizontal' : 'options'}
        part="options"
        ${choiceOptions('radio', options, events)}
      ></div>
      ${fieldError(view)}
    </fieldset>
  </div>`;
}
