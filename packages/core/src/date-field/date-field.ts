import type { PropertyValues, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { displayText } from '../form-control/display-text.js';
import { formControlStyles } from '../form-control/form-control.styles.js';
import { MkTextControl } from '../form-control/text-control.js';
import type { Constraints } from '../validation/constraints.js';
import type { Problem } from '../validation/problem.js';
import { dateFieldTemplate } from './date-field.template.js';
import { readDate } from './date-reading.js';
import { dateFormatHint, dateProblem, type DateType, isIsoDate, recordDate, toLocal, writeDate } from './date-values.js';

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
    return recordDate(this.value, this.type);
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
    return dateProblem(this.value, this.type, this.language, this.path ?? '') ?? super.checkValue();
  }

  protected override willUpdate(changed: PropertyValues): void {
    // In another language, a date already read is written the new language's way.
    if (this.#shownIn !== undefined && this.#shownIn !== this.language && this.#isIso) this.#typed = undefined;
    this.#shownIn = this.language;
    super.willUpdate(changed);
  }

  get #isIso(): boolean {
    return isIsoDate(this.value, this.type);
  }

  /** Nothing to type into: no pattern to show. */
  get #showsFormat(): boolean {
    return !this.isReadonly && !this.isDisabled;
  }

  #shown(): string {
    return this.#typed ?? writeDate(this.value, this.type, this.language);
  }

  protected override onInput(event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    super.value = readDate(text, this.type, this.language);
    this.#typed = text;
    this.commit();
  }

  #onChange(): void {
    if (this.#isIso) this.#typed = undefined;
    this.requestUpdate();
    this.emitChange();
  }

  override render(): TemplateResult {
    const format = this.#showsFormat ? dateFormatHint(this.type, this.language) : '';
    return dateFieldTemplate({ ...this.view, text: this.#shown(), format }, { input: this.onInput, change: this.#onChange });
  }
}
