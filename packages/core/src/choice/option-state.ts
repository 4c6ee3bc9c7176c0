import { nothing } from 'lit';
import { directive, type ElementPart } from 'lit/directive.js';
import { delegate } from '../templates/delegated-events.js';
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
  /** The option's text after its input. */
  text: string;
  /**
   * A glyph shown before the text, hidden from assistive technology (the text names the option), so colour is never
   * the only signal; and a description under the text. Whether an option has them is fixed by its schema.
   */
  symbol?: string;
  description?: string;
}

/** How the options are laid out: one under the other, or side by side (a scale). */
export type OptionsLayout = 'vertical' | 'horizontal';

/** How an option reports the user's choice: `pick(index)` on `input`, and the native `change`. */
export interface OptionEvents {
  pick(index: number): void;
  change(event: Event): void;
}

/** One option's `<label>` and `<input>`, kept in step with its state. */
class OptionElements {
  #color?: string;
  #text?: Text;
  #symbol?: HTMLElement;
  #description?: HTMLElement;

  constructor(
    readonly label: HTMLElement,
    readonly input: HTMLInputElement,
  ) {}

  update(state: OptionState): void {
    const { label, input } = this;
    if (state.name !== undefined && input.name !== state.name) input.name = state.name;
    const value = String(state.index);
    if (input.value !== value) input.value = value;
    if (input.checked !== state.checked) input.checked = state.checked;
    if (input.disabled !== state.disabled) input.disabled = state.disabled;
    if (!this.#text) this.#makeText(state);
    // The space keeps the symbol apart from the label in the text (`✖ Red`); the flex layout drops it.
    const text = this.#symbol ? ` ${state.text}` : state.text;
    if (this.#text!.data !== text) this.#text!.data = text;
    if (this.#symbol && this.#symbol.textContent !== state.symbol) this.#symbol.textContent = state.symbol ?? '';
    if (this.#description && this.#description.textContent !== state.description) this.#description.textContent = state.description ?? '';
    if (state.color !== this.#color) {
      if (state.color === undefined) label.style.removeProperty('--_option-color');
      else label.style.setProperty('--_option-color', state.color);
      this.#color = state.color;
    }
  }

  /** `<span class="symbol" aria-hidden="true">` before the text, a description in `<span class="option-description">` after it. */
  #makeText(state: OptionState): void {
    if (state.symbol !== undefined) {
      this.#symbol = this.label.appendChild(document.createElement('span'));
      this.#symbol.className = 'symbol';
      this.#symbol.setAttribute('aria-hidden', 'true');
    }
    // The description is a block under the text: both in one `<span>`, the option's other flex item.
    const textIn = state.description === undefined ? this.label : this.label.appendChild(document.createElement('span'));
    this.#text = textIn.appendChild(document.createTextNode(''));
    if (state.description !== undefined) {
      this.#description = textIn.appendChild(document.createElement('span'));
      this.#description.className = 'option-description';
    }
  }
}

/**
 * Element directive on a choice group's options box: its class (`options`, `options horizontal`), its options, each a `<label class="option" part="option">`
 * with its `<input>`, its text, symbol and description, made and kept in step by the directive: the label's colour
 * (through the CSSOM, as `cssProperties()` sets it, which a strict CSP allows), the input's name, value, checked
 * and disabled state (`checked` compared with the input's live state, as `live()` does) and listeners. No template
 * instance and parts per option: an observation form has thousands of options, a page of rubrics thousands of
 * rated ones.
 */
class ChoiceOptionsDirective extends ElementDirective {
  #options: OptionElements[] = [];
  #layout?: OptionsLayout;
  #states: readonly OptionState[] = [];
  #on?: OptionEvents;
  #host?: object;

  render(_type: 'radio' | 'checkbox', _states: readonly OptionState[], _on: OptionEvents, _layout: OptionsLayout): typeof nothing {
    return nothing;
  }

  override update(
    part: ElementPart,
    [type, states, on, layout]: ['radio' | 'checkbox', readonly OptionState[], OptionEvents, OptionsLayout],
  ): typeof nothing {
    const box = part.element;
    if (layout !== this.#layout) box.className = (this.#layout = layout) === 'horizontal' ? 'options horizontal' : 'options';
    if (!this.#on) {
      this.#host = part.options?.host ?? box;
      delegate(part, ['input', 'change'], this);
    }
    this.#on = on;
    this.#states = states;
    while (this.#options.length > states.length) this.#options.pop()!.label.remove();
    states.forEach((state, i) => {
      let option = this.#options[i];
      if (!option) {
        const label = document.createElement('label');
        label.className = 'option';
        label.setAttribute('part', 'option');
        const input = document.createElement('input');
        input.type = type;
        label.append(input);
        this.#options.push((option = new OptionElements(label, input)));
        box.append(label);
      }
      option.update(state);
    });
    return nothing;
  }

  /** An option's `input` picks it (its index in the states); called with the template's host as `this`, as Lit's own `@input` bindings are. */
  handleEvent(event: Event): void {
    if (event.type !== 'input') return this.#on!.change.call(this.#host, event);
    const at = this.#options.findIndex((option) => option.input === event.target);
    if (at >= 0) this.#on!.pick.call(this.#host, this.#states[at]!.index);
  }
}

/** The options of a choice group (see {@link ChoiceOptionsDirective}). */
export const choiceOptions = directive(ChoiceOptionsDirective);
