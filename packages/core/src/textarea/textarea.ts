import type { PropertyValues, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { formControlStyles } from '../form-control/form-control.styles.js';
import { MkTextControl } from '../form-control/text-control.js';
import { textareaTemplate } from './textarea.template.js';

/**
 * A multi-line text input for notes, comments, feedback and reflections.
 *
 * @summary Multi-line text field, form-associated.
 * @event input - The value changed as the user typed.
 * @event change - The user committed a change.
 * @csspart label - The label.
 * @csspart hint - The help text.
 * @csspart control - The native textarea.
 * @csspart error - The error message.
 * @cssproperty --mk-textarea-min-height - Minimum height of the textarea.
 * @cssstate user-invalid - The value is invalid and the user has interacted with the field.
 * @cssstate user-valid - The value is valid and the user has interacted with the field.
 */
export class MkTextarea extends MkTextControl {
  static override styles = formControlStyles;

  /** Visible rows (the least it shows: it grows with its text). */
  @property({ type: Number }) rows = 3;

  /** Browsers without `field-sizing: content` get the height of the text set on each render. */
  static readonly #sizesItself = typeof CSS !== 'undefined' && CSS.supports('field-sizing', 'content');

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const control = this.control;
    if (MkTextarea.#sizesItself || !control) return;
    control.style.removeProperty('block-size');
    control.style.setProperty('block-size', `${control.scrollHeight + 2}px`);
  }

  override render(): TemplateResult {
    return textareaTemplate({ ...this.view, value: this.value, placeholder: this.placeholder, rows: this.rows }, this.events);
  }
}
