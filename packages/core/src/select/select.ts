import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { MkChoiceControl } from '../choice/choice-control.js';
import { formControlStyles } from '../form-control/form-control.styles.js';
import { term } from '../l10n/catalogue.js';
import { query } from 'lit/decorators.js';

/**
 * A drop-down list of options.
 *
 * @summary Select, form-associated.
 * @slot - `<option>` elements, read once when no `options` property is set.
 * @event input - The user chose an option.
 * @event change - The user chose an option.
 * @csspart label - The label.
 * @csspart hint - The help text.
 * @csspart control - The native select.
 * @csspart error - The error message.
 * @cssstate user-invalid - The value is invalid and the user has interacted with the field.
 * @cssstate user-valid - The value is valid and the user has interacted with the field.
 */
export class MkSelect extends MkChoiceControl {
  static override styles = formControlStyles;

  @query('select') private select?: HTMLSelectElement;

  protected get anchor() {
    return this.select;
  }

  override render(): TemplateResult {
    const chosen = this.options.findIndex((o) => this.isChosen(o));
    return html`
      ${this.renderLabel()} ${this.renderHint()}
      <select
        id="control"
        part="control"
        ?disabled=${this.isDisabled || this.isReadonly}
        ?required=${this.required}
        aria-invalid=${ifDefined(this.ariaInvalidValue)}
        aria-describedby=${this.describedByAttr()}
        @input=${this.#onInput}
        @change=${this.emitChange}
      >
        <option value="" ?selected=${chosen < 0}>${term(this.language, 'choose')}</option>
        ${this.options.map((option, i) => html`<option value=${i} ?selected=${i === chosen}>${this.optionLabel(option)}</option>`)}
      </select>
      ${this.renderProblem()}
    `;
  }

  #onInput(event: Event): void {
    const raw = (event.target as HTMLSelectElement).value;
    this.choose(raw === '' ? -1 : Number(raw));
  }
}
