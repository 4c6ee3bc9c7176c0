import { property } from 'lit/decorators.js';
import { MkChoiceControl } from '../choice/choice-control.js';
import { choiceStyles } from '../choice/choice.styles.js';
import type { TemplateResult } from 'lit';
import { radioGroupTemplate } from './radio-group.template.js';

/**
 * A group of radio buttons (native radios in a fieldset, so arrow keys move between options and a
 * screen reader announces "option, n of m" within the group).
 *
 * @summary Radio group, form-associated.
 * @slot - `<option>` elements, read once when no `options` property is set.
 * @event input - The user chose an option.
 * @event change - The user chose an option.
 * @csspart label - The legend.
 * @csspart hint - The help text.
 * @csspart options - The container of the options.
 * @csspart option - One option (label with its radio).
 * @csspart error - The error message.
 * @cssstate user-invalid - No option is chosen although one is required, after interaction or submit.
 * @cssstate user-valid - The choice is valid and the user has interacted with the group.
 */
export class MkRadioGroup extends MkChoiceControl {
  static override styles = choiceStyles;

  /** Layout of the options. */
  @property({ reflect: true }) orientation: 'vertical' | 'horizontal' = 'vertical';

  protected get anchor() {
    return this.renderRoot.querySelector<HTMLInputElement>('input:checked') ?? this.renderRoot.querySelector<HTMLInputElement>('input');
  }

  /** Focuses the chosen option (or the first), as Tab into a radio group does. */
  override focus(options?: FocusOptions): void {
    this.anchor?.focus(options);
  }

  override render(): TemplateResult {
    return radioGroupTemplate(
      { ...this.view, options: this.options, value: this.modelValue, orientation: this.orientation },
      { input: () => {}, change: this.emitChange, pick: (index) => this.#pick(index) },
    );
  }

  #pick(index: number): void {
    if (!this.isReadonly) this.choose(index);
  }
}
