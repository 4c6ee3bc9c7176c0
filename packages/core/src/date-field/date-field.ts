import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { term } from '../l10n/catalogue.js';
import { dateExample, datePattern, formatDate, formatDateTime, formatTime, parseDate, parseDateTime, parseTime } from '../l10n/dates.js';
import { fieldClasses } from '../form-control/field-template.js';
import { formControlStyles } from '../form-control/form-control.styles.js';
import { MkTextControl } from '../form-control/text-control.js';
import type { Constraints } from '../validation/constraints.js';
import type { Problem } from '../validation/problem.js';
import { displayText } from '../form-control/display-text.js';

type DateType = 'date' | 'date-time' | 'time';

/** `2026-11-24T10:00:00.000Z` → `2026-11-24T11:00` in the browser's zone. */
function toLocal(iso: string): string {
  const date = new Date(iso);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(iso) || Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const readers: Record<DateType, (text: string, lang: string) => string | undefined> = {
  date: parseDate,
  time: (text) => parseTime(text),
  'date-time': parseDateTime,
};
const writers: Record<DateType, (value: string, lang: string) => string> = {
  date: formatDate,
  time: formatTime,
  'date-time': formatDateTime,
};

/**
 * A date, date-and-time or time, typed and shown the way the page's language writes it (`lang`:
 * `24.11.2026` in nb, `24/11/2026` in en-GB, `11/24/2026` in en), with the pattern and an example
 * under the label. The record holds ISO 8601: `date` is `YYYY-MM-DD`, `time` is `HH:MM`, and
 * `date-time` is RFC 3339 in UTC.
 *
 * A text input rather than the native date input, whose format follows the browser's locale and not
 * the page's. What cannot be read as a date stays in the field and in the record as typed, and is
 * reported as not a date (it never passes as one).
 *
 * @summary Date, date-time or time field in the page's language, form-associated.
 * @event input - The value changed.
 * @event change - The user committed a change.
 * @csspart label - The label.
 * @csspart hint - The help text.
 * @csspart format - How to write the value, with an example.
 * @csspart control - The text input.
 * @csspart error - The error message.
 * @cssstate user-invalid - The value is invalid and the user has interacted with the field.
 * @cssstate user-valid - The value is valid and the user has interacted with the field.
 */
export class MkDateField extends MkTextControl {
  static override styles = formControlStyles;

  /** What is entered: a calendar date, a date and time, or a time of day. */
  @property() type: DateType = 'date';

  /** Earliest allowed value (ISO 8601, in the form of `type`). */
  @property() min?: string;

  /** Latest allowed value (ISO 8601, in the form of `type`). */
  @property() max?: string;

  /** What the user typed, kept as typed until the field is left (then written in the language's form). */
  #typed?: string;
  #shownIn?: string;

  /** The value in ISO form: `date` and `time` as stored, `date-time` in local time (`2026-11-24T14:30`). */
  override get value(): string {
    return super.value;
  }
  override set value(value: string) {
    super.value = value;
    this.#typed = undefined;
  }

  override get modelValue(): unknown {
    if (this.value === '') return undefined;
    if (this.type !== 'date-time' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(this.value)) return this.value;
    const date = new Date(this.value);
    return Number.isNaN(date.getTime()) ? this.value : date.toISOString();
  }
  override set modelValue(value: unknown) {
    this.value = this.type === 'date-time' && typeof value === 'string' ? toLocal(value) : displayText(value);
  }

  protected override effectiveConstraints(): Constraints {
    const c = super.effectiveConstraints();
    if (this.min) c.minimum = this.min;
    if (this.max) c.maximum = this.max;
    return c;
  }

  /** Text that is not a date (or time) is reported with the pattern it should follow. */
  protected override checkValue(): Problem | undefined {
    const value = this.value;
    if (value !== '' && !this.#isIso)
      return { pointer: this.path ?? '', keyword: 'format', key: 'typeMismatch', params: { format: this.type, pattern: this.#pattern } };
    return super.checkValue();
  }

  get #pattern(): string {
    return datePattern(this.type, this.language);
  }

  protected override willUpdate(changed: PropertyValues): void {
    // In another language, a date already read is written the new language's way.
    if (this.#shownIn !== undefined && this.#shownIn !== this.language && this.#isIso) this.#typed = undefined;
    this.#shownIn = this.language;
    super.willUpdate(changed);
  }

  /** The value is a complete ISO value of `type` (reading ISO back gives the same text). */
  get #isIso(): boolean {
    return this.value !== '' && readers[this.type](this.value, 'en') === this.value;
  }

  /** Nothing to type into: no pattern to show. */
  get #showsFormat(): boolean {
    return !this.isReadonly && !this.isDisabled;
  }

  #shown(): string {
    if (this.#typed !== undefined) return this.#typed;
    return this.value === '' ? '' : writers[this.type](this.value, this.language);
  }

  protected override onInput(event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    super.value = text.trim() === '' ? '' : (readers[this.type](text, this.language) ?? text);
    this.#typed = text;
    this.commit();
  }

  #onChange(): void {
    if (this.#isIso) this.#typed = undefined;
    this.requestUpdate();
    this.emitChange();
  }

  protected override get describedBy(): string | undefined {
    return [this.#showsFormat ? 'format' : '', super.describedBy].filter(Boolean).join(' ') || undefined;
  }

  override render(): TemplateResult {
    const lang = this.language;
    return html`<div class=${fieldClasses(this.view)}>
      ${this.renderLabel()} ${this.renderHint()}
      ${
        this.#showsFormat
          ? html`<div part="format" id="format" class="hint">
              ${term(lang, 'dateFormatHint', { pattern: this.#pattern, example: dateExample(this.type, lang) })}
            </div>`
          : nothing
      }
      <input
        id="control"
        part="control"
        type="text"
        autocomplete="off"
        spellcheck="false"
        .value=${live(this.#shown())}
        ?disabled=${this.isDisabled}
        ?readonly=${this.isReadonly}
        ?required=${this.required}
        aria-invalid=${ifDefined(this.ariaInvalidValue)}
        aria-describedby=${this.describedByAttr()}
        @input=${this.onInput}
        @change=${this.#onChange}
      />
      ${this.renderProblem()}
    </div>`;
  }
}
