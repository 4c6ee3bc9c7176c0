import type { TemplateResult } from 'lit';
import type { ChoiceOption } from '../choice/choice-control.js';
import { symbolGlyphs } from '../choice/choice.styles.js';
import { isChosen } from '../choice/choice-values.js';
import { choiceGroupState } from '../choice/choice-group-state.js';
import type { OptionState } from '../choice/option-state.js';
import type { FieldEvents, FieldView } from '../form-control/field-template.js';
import { localise } from '../l10n/catalogue.js';
import { html } from '../templates/compact-html.js';

export interface RadioGroupView extends FieldView {
  options: ChoiceOption[];
  value: unknown;
  orientation: 'vertical' | 'horizontal';
}

/** An option's text, with its symbol's glyph and its description when it has them. */
function optionText(option: ChoiceOption, lang: string): Pick<OptionState, 'text' | 'symbol' | 'description'> {
  const text = localise(option.label, lang);
  if (!option.symbol && !option.description) return { text };
  return {
    text,
    ...(option.symbol ? { symbol: symbolGlyphs[option.symbol] ?? '' } : {}),
    ...(option.description ? { description: localise(option.description, lang) } : {}),
  };
}

/**
 * A group of radio buttons in a fieldset: `<mk-radio-group>` and a radio group inside `<mk-form>`.
 * `pick(index)` is called when the user chooses an option (the radios' name keeps each group apart).
 */
export function radioGroupTemplate(view: RadioGroupView, on: FieldEvents & { pick(index: number): void }): TemplateResult {
  const locked = view.disabled || view.readonly;
  const name = `${view.ids}choice`;
  const options = view.options.map((option, i) => {
    const chosen = isChosen(option, view.value);
    return { name, index: i, checked: chosen, disabled: locked && !chosen, color: option.color, ...optionText(option, view.lang) };
  });
  return html`<fieldset role="radiogroup" ${choiceGroupState(view, 'radio', 'radio', options, on, view.orientation)}>
    <div part="options"></div>
  </fieldset>`;
}
