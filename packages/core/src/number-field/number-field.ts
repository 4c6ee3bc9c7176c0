import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { formControlStyles } from '../form-control/form-control.styles.js';
import { MkTextControl } from '../form-control/text-control.js';
import type { Constraints } from '../validation/constraints.js';
import type { Problem } from '../validation/problem.js';
import { numberFieldTemplate } from './number-field.template.js';
import { readNumber, writeNumber } from './number-text.js';

/**
 * A number input with bounds. The record holds a JSON number (or nothing when empty).
 *
 * @summary Number field, form-associated.
 * @event input - The value changed.
 * @event change - The user committed a change.
 * @csspart label - The label.
 * @csspart hint - The help text.
 * @csspart control - The native input.
 * @csspart error - The error message.
 * @cssstate user-invalid - The value is invalid and the user has interacted with the field.
 * @cssstate user-valid - The value is valid and the user has interacted with the field.
 */
export class MkNumberField extends MkTextControl {
  static override styles = formControlStyles;

  /** Smallest allowed value. */
  @property({ type: Number }) min?: number;

  /** Largest allowed value. */
  @property({ type: Number }) max?: number;

  /** Only whole numbers. */
  @property({ type: Boolean }) integer = false;

  /** A number, nothing when empty, or the text as typed when it is no number in the field's language (see number-text.ts). */
  override get modelValue(): unknown {
    return readNumber(this.value, this.language);
  }
  override set modelValue(value: unknown) {
    this.value = writeNumber(value, this.language);
  }

  /** Text that is no number (kept as typed) is refused, as the record's check refuses it. */
  protected override checkValue(): Problem | undefined {
    if (typeof this.modelValue === 'string') return { pointer: this.path ?? '', keyword: 'type', key: 'badInput', params: {} };
    return super.checkValue();
  }

  protected override effectiveConstraints(): Constraints {
    const c = super.effectiveConstraints();
    if (this.min !== undefined) c.minimum = this.min;
    if (this.max !== undefined) c.maximum = this.max;
    if (this.integer) c.integer = true;
    return c;
  }

  override render(): TemplateResult {
    const integer = this.integer || !!this.constraints.integer;
    return numberFieldTemplate({ ...this.view, value: this.value, placeholder: this.placeholder, integer }, this.events);
  }
}
