import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { formControlStyles } from '../form-control/form-control.styles.js';
import { MkTextControl } from '../form-control/text-control.js';
import type { Constraints } from '../validation/constraints.js';
import { displayText } from '../form-control/display-text.js';
import { numberFieldTemplate, numberValue } from './number-field.template.js';

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

  override get modelValue(): unknown {
    return numberValue(this.value);
  }
  override set modelValue(value: unknown) {
    this.value = displayText(value);
  }

  protected override effectiveConstraints(): Constraints {
    const c = super.effectiveConstraints();
    if (this.min !== undefined) c.minimum = this.min;
    if (this.max !== undefined) c.maximum = this.max;
    if (this.integer) c.integer = true;
    return c;
  }

  override render(): TemplateResult {
    const min = this.min ?? (typeof this.constraints.minimum === 'number' ? this.constraints.minimum : undefined);
    const max = this.max ?? (typeof this.constraints.maximum === 'number' ? this.constraints.maximum : undefined);
    const integer = this.integer || !!this.constraints.integer;
    return numberFieldTemplate({ ...this.view, value: this.value, min, max, integer }, this.events);
  }
}
