import { property } from 'lit/decorators.js';
import { choiceStyles } from '../choice/choice.styles.js';
import { MkChoiceControl } from '../choice/choice-control.js';
import { keyOf, toggled } from '../choice/choice-values.js';
import type { Problem } from '../validation/problem.js';
import type { TemplateResult } from 'lit';
import { checkboxGroupTemplate } from './checkbox-group.template.js';

/**
 * A group of checkboxes choosing several options (tags). The record holds an array of the chosen
 * options' values, in the options' order; the form submits one entry per chosen option.
 *
 * @summary Checkbox group (multi-select), form-associated.
 * @slot - `<option>` elements, read once when no `options` property is set.
 * @event input - The user ticked or unticked an option.
 * @event change - The user ticked or unticked an option.
 * @csspart label - The legend.
 * @csspart hint - The help text.
 * @csspart options - The container of the options.
 * @csspart option - One option.
 * @csspart error - The error message.
 * @cssstate user-invalid - Too few options chosen, after interaction or submit.
 * @cssstate user-valid - The choice is valid and the user has interacted with the group.
 */
export class MkCheckboxGroup extends MkChoiceControl {
  static override styles = choiceStyles;

  /** Layout of the options. */
  @property({ reflect: true }) orientation: 'vertical' | 'horizontal' = 'vertical';

  protected get anchor() {
    return this.renderRoot.querySelector<HTMLInputElement>('input');
  }

  /** The chosen values, in the options' order. */
  override get modelValue(): unknown {
    if (this.hasSelection) return this.selected;
    if (this.defaultValue === '') return undefined;
    const defaults = this.defaultValue.split(',').map((v) => v.trim());
    return this.options.filter((o) => defaults.includes(String(o.value))).map((o) => o.value);
  }
  override set modelValue(value: unknown) {
    super.modelValue = Array.isArray(value) ? value : value == null ? undefined : [value];
  }

  /** The chosen values as comma-separated text. */
  override get value(): string {
    return this.chosenValues().map(keyOf).join(',');
  }
  override set value(value: string) {
    const wanted = String(value ?? '')
      .split(',')
      .map((v) => v.trim());
    this.modelValue = this.options.filter((o) => wanted.includes(keyOf(o.value))).map((o) => o.value);
  }

  protected override formValue(): FormData | null {
    const chosen = this.chosenValues();
    if (!chosen.length || !this.name) return null;
    const data = new FormData();
    for (const value of chosen) data.append(this.name, keyOf(value));
    return data;
  }

  protected override checkValue(): Problem | undefined {
    return this.required && this.chosenValues().length === 0
      ? { pointer: this.path ?? '', keyword: 'required', key: 'tooFewItems', params: { min: 1 } }
      : undefined;
  }

  private chosenValues(): unknown[] {
    const model = this.modelValue;
    return Array.isArray(model) ? model : [];
  }

  override render(): TemplateResult {
    return checkboxGroupTemplate(
      { ...this.view, options: this.options, value: this.chosenValues(), orientation: this.orientation },
      { input: () => {}, change: this.emitChange, toggle: (index) => this.#toggle(index) },
    );
  }

  #toggle(index: number): void {
    this.selected = toggled(this.options, this.chosenValues(), index);
    this.hasSelection = true;
    this.commit();
  }
}
