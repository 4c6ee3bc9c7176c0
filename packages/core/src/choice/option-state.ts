import { nothing } from 'lit';
import { directive, type ElementPart } from 'lit/directive.js';
import { ElementDirective } from '../templates/element-directive.js';

/** What one option of a radio or checkbox group shows. */
export interface OptionState {
  /** The group's name (radios), or undefined. */
  name?: string;
  index: number;
  checked: boolean;
  disabled: boolean;
  /** The option's colour (`--_option-color`), or undefined. */
  color?: string;
  /**
   * A plain label: its text, written as the label's text after the input (one text node and no part of
   * its own for it; an observation form has thousands of options). Undefined: the template writes it.
   */
  text?: string;
}

/** How an option reports the user's choice: `pick(index)` on `input`, and the native `change`. */
export interface OptionEvents {
  pick(index: number): void;
  change(event: Event): void;
}

/**
 * Element directive on an option's `<label>`, whose first child is its `<input>`: the label's colour
 * (through the CSSOM, as `cssProperties()` sets it, which a strict CSP allows) and the input's name,
 * value, checked and disabled state and listeners, and a plain label's text. One binding instead of nine: an observation form
 * has thousands of options. `checked` is compared with the input's live state, as `live()` does.
 */
class OptionStateDirective extends ElementDirective {
  #on?: OptionEvents;
  #index = 0;
  #color?: string;
  #text?: Text;

  render(_state: OptionState, _on: OptionEvents): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [state, on]: [OptionState, OptionEvents]): typeof nothing {
    const label = part.element as HTMLElement;
    const input = label.firstElementChild as HTMLInputElement;
    if (!this.#on) {
      // Called with the template's host as `this`, as Lit's own `@change` bindings are.
      const host = part.options?.host ?? label;
      input.addEventListener('input', () => this.#on!.pick.call(host, this.#index));
      input.addEventListener('change', (event) => this.#on!.change.call(host, event));
    }
    this.#on = on;
    this.#index = state.index;
    if (state.name !== undefined && input.name !== state.name) input.name = state.name;
    const value = String(state.index);
    if (input.value !== value) input.value = value;
    if (input.checked !== state.checked) input.checked = state.checked;
    if (input.disabled !== state.disabled) input.disabled = state.disabled;
    if (state.text !== undefined) {
      if (!this.#text) label.append((this.#text = document.createTextNode(state.text)));
      else if (this.#text.data !== state.text) this.#text.data = state.text;
    }
    if (state.color !== this.#color) {
      if (state.color === undefined) label.style.removeProperty('--_option-color');
      else label.style.setProperty('--_option-color', state.color);
      this.#color = state.color;
    }
    return nothing;
  }
}

/** The state of one option of a choice group (see {@link OptionStateDirective}). */
export const optionState = directive(OptionStateDirective);
