import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { MkChoiceControl } from '../choice/choice-control.js';
import { choiceStyles, symbolGlyphs } from '../choice/choice.styles.js';
import { localise } from '../l10n/catalogue.js';
import { cssProperties } from '../styles/css-properties.js';

/**
 * A group of radio buttons (native radios in a fieldset, so arrow keys move between options and a
 * screen reader announces "option, n of m" within the group).
 *
 * @summary Radio group, form-associated.
 * @slot - `<option>` elements, read once when no `options` property is set.
 * @event input - The user chose an option.
 * @event change - The user chose an option.
 * @csspart label - The legend.
 * @csspart hint - The help text.
 * @csspart options - The container of the options.
 * @csspart option - One option (label with its radio).
 * @csspart error - The error message.
 * @cssstate user-invalid - No option is chosen although one is required, after interaction or submit.
 * @cssstate user-valid - The choice is valid and the user has interacted with the group.
 */
export class MkRadioGroup extends MkChoiceControl {
  static override styles = choiceStyles;

  /** Layout of the options. */
  @property({ reflect: true }) orientation: 'vertical' | 'horizontal' = 'vertical';

  protected get anchor() {
    return this.renderRoot.querySelector<HTMLInputElement>('input:checked') ?? this.renderRoot.querySelector<HTMLInputElement>('input');
  }

  /** Focuses the chosen option (or the first), as Tab into a radio group does. */
  override focus(options?: FocusOptions): void {
    this.anchor?.focus(options);
  }

  override render(): TemplateResult {
    const locked = this.isDisabled || this.isReadonly;
    return html`
      <fieldset aria-describedby=${this.describedByAttr()} aria-invalid=${ifDefined(this.ariaInvalidValue)} ?disabled=${this.isDisabled}>
        <legend part="label">${this.label}${this.renderRequiredMark()}</legend>
        ${this.renderHint()}
        <div class="options" part="options">
          ${this.options.map(
            (option, i) => html`
              <label class="option" part="option" ${cssProperties({ '--_option-color': option.color })}>
                <input
                  type="radio"
                  name="choice"
                  .value=${String(i)}
                  .checked=${this.isChosen(option)}
                  ?required=${this.required}
                  ?disabled=${locked && !this.isChosen(option)}
                  @input=${() => this.#pick(i)}
                  @change=${this.emitChange}
                />
                ${option.symbol ? html`<span class="symbol" aria-hidden="true">${symbolGlyphs[option.symbol] ?? ''}</span>` : ''}
                <span
                  >${this.optionLabel(option)}${
                    option.description ? html`<span class="option-description">${localise(option.description, this.language)}</span>` : ''
                  }</span
                >
              </label>
            `,
          )}
        </div>
        ${this.renderProblem()}
      </fieldset>
    `;
  }

  #pick(index: number): void {
    if (!this.isReadonly) this.choose(index);
  }
}
