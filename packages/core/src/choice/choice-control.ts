import { property } from 'lit/decorators.js';
import type { LocalisedText } from '../l10n/catalogue.js';
import { MkFormControl } from '../form-control/form-control.js';
import { displayText } from '../form-control/display-text.js';

/** One option of a select, radio group or checkbox group. */
export interface ChoiceOption {
  value: unknown;
  label: LocalisedText;
  description?: LocalisedText;
  /** A shape shown beside the label so colour is never the only signal: circle, triangle, square, diamond, star, check, cross. */
  symbol?: string;
  /** An accent colour for the option (always paired with its label and symbol). */
  color?: string;
}

/**
 * Base of the controls that choose from options. Options come from the `options` property or, in
 * plain HTML, from `<option value="…">label</option>` children.
 */
export abstract class MkChoiceControl extends MkFormControl {
  /** The options: `{ value, label, description?, symbol? }`. Labels may be a language map. */
  @property({ attribute: false }) options: ChoiceOption[] = [];

  /** The default value: the `value` of the option chosen at first and after a form reset. */
  @property({ attribute: 'value' }) defaultValue = '';

  protected selected: unknown = undefined;
  protected hasSelection = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.options.length === 0) {
      const children = [...this.querySelectorAll(':scope > option')] as HTMLOptionElement[];
      if (children.length) this.options = children.map((o) => ({ value: o.value, label: o.textContent?.trim() ?? o.value }));
    }
  }

  /** The chosen option's value as text ('' when none). */
  get value(): string {
    const model = this.modelValue;
    return displayText(model);
  }
  set value(value: string) {
    const match = this.options.find((o) => displayText(o.value) === displayText(value));
    this.modelValue = match ? match.value : value === '' || value == null ? undefined : value;
  }

  get modelValue(): unknown {
    if (this.hasSelection) return this.selected;
    if (this.defaultValue === '') return undefined;
    return this.options.find((o) => displayText(o.value) === this.defaultValue)?.value ?? this.defaultValue;
  }
  set modelValue(value: unknown) {
    const old = this.selected;
    this.selected = value;
    this.hasSelection = true;
    this.internals.setFormValue(this.formValue());
    this.requestUpdate('modelValue', old);
  }

  protected formValue(): string | FormData | null {
    const model = this.modelValue;
    return model == null ? null : displayText(model);
  }

  protected resetValue(): void {
    this.selected = undefined;
    this.hasSelection = false;
  }

  protected override restoreState(state: string): void {
    this.value = state;
  }

  /** Called by subclasses when the user picks an option by its index. */
  protected choose(index: number): void {
    this.selected = index < 0 ? undefined : this.options[index]?.value;
    this.hasSelection = true;
    this.commit();
  }
}
