import { type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { formControlStyles } from '../form-control/form-control.styles.js';
import { inputType } from '../form-control/input-type.js';
import { MkTextControl } from '../form-control/text-control.js';

/**
 * A single-line text input: text, email, URL, telephone or search.
 *
 * @summary Single-line text field, form-associated.
 * @event input - The value changed as the user typed.
 * @event change - The user committed a change.
 * @csspart label - The label.
 * @csspart hint - The help text.
 * @csspart control - The native input.
 * @csspart error - The error message.
 * @cssproperty --mk-form-control-border-color - Border colour of the input.
 * @cssproperty --mk-form-control-background - Background of the input.
 * @cssstate user-invalid - The value is invalid and the user has interacted with the field.
 * @cssstate user-valid - The value is valid and the user has interacted with the field.
 */
export class MkTextField extends MkTextControl {
  static override styles = formControlStyles;

  /** Input type. */
  @property() type: 'text' | 'email' | 'url' | 'tel' | 'search' = 'text';

  /** Browser autocomplete token. */
  @property() autocomplete?: string;

  override render(): TemplateResult {
    return staticHtml`
      ${this.renderLabel()} ${this.renderHint()}
      <input
        id="control"
        part="control"
        type=${inputType(this.type)}
        .value=${live(this.value)}
        placeholder=${ifDefined(this.placeholder || undefined)}
        autocomplete=${ifDefined(this.autocomplete as never)}
        ?disabled=${this.isDisabled}
        ?readonly=${this.isReadonly}
        ?required=${this.required}
        aria-invalid=${ifDefined(this.ariaInvalidValue)}
        aria-describedby=${this.describedByAttr()}
        @input=${this.onInput}
        @change=${this.emitChange}
      />
      ${this.renderProblem()}
    `;
  }
}
