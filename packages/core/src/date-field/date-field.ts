import { type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { formControlStyles } from '../form-control/form-control.styles.js';
import { inputType } from '../form-control/input-type.js';
import { MkTextControl } from '../form-control/text-control.js';
import type { Constraints } from '../validation/constraints.js';

/** `2026-11-24T10:00:00.000Z` → `2026-11-24T11:00` in the browser's zone (what datetime-local shows). */
function toLocalInput(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * A date, date-and-time or time input. The record holds JSON Schema formats: `date` (YYYY-MM-DD),
 * `date-time` (RFC 3339, in UTC) or `time` (HH:MM).
 *
 * @summary Date, date-time or time field, form-associated.
 * @event input - The value changed.
 * @event change - The user committed a change.
 * @csspart label - The label.
 * @csspart hint - The help text.
 * @csspart control - The native input.
 * @csspart error - The error message.
 * @cssstate user-invalid - The value is invalid and the user has interacted with the field.
 * @cssstate user-valid - The value is valid and the user has interacted with the field.
 */
export class MkDateField extends MkTextControl {
  static override styles = formControlStyles;

  /** What is entered: a calendar date, a date and time, or a time of day. */
  @property() type: 'date' | 'date-time' | 'time' = 'date';

  /** Earliest allowed value, in the format of `type`. */
  @property() min?: string;

  /** Latest allowed value, in the format of `type`. */
  @property() max?: string;

  override get modelValue(): unknown {
    if (this.value === '') return undefined;
    if (this.type !== 'date-time') return this.value;
    const date = new Date(this.value);
    return Number.isNaN(date.getTime()) ? this.value : date.toISOString();
  }
  override set modelValue(value: unknown) {
    this.value = value == null ? '' : this.type === 'date-time' ? toLocalInput(String(value)) : String(value);
  }

  protected override effectiveConstraints(): Constraints {
    const c = super.effectiveConstraints();
    if (this.min) c.minimum = this.min;
    if (this.max) c.maximum = this.max;
    return c;
  }

  override render(): TemplateResult {
    return staticHtml`
      ${this.renderLabel()} ${this.renderHint()}
      <input
        id="control"
        part="control"
        type=${inputType(this.type === 'date-time' ? 'datetime-local' : this.type)}
        .value=${live(this.value)}
        min=${ifDefined(this.min)}
        max=${ifDefined(this.max)}
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
