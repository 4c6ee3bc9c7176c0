import type { ownListeners } from '../form-control/field-view.js';

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

/**
 * How an option reports the user's choice: on `input`, `pick(index)` (a radio) or `toggle(index)` (a checkbox), and
 * the native `change` (called as a field's listeners are, see `FieldEvents`).
 */
export interface OptionEvents {
  pick?(index: number): void;
  toggle?(index: number): void;
  change(event: Event): void;
  readonly [ownListeners]?: true;
}

/** The `<label class="option" part="option"><input type=…></label>` the options of each type are cloned from (made once). */
const prototypes: Partial<Record<'radio' | 'checkbox', HTMLLabelElement>> = {};

/**
 * A new option's label and input, cloned: an input created and then given its type is built twice by
 * Chromium, and the label's class and part come with the clone. Its text (with its symbol before it and its
 * description under it) follows the input: `<span class="symbol" aria-hidden="true">✖</span>`, the text, and
 * a description as `<span>text<span class="option-description">…</span></span>`, the option's other flex item.
 */
function makeOption(type: 'radio' | 'checkbox', state: OptionState): HTMLLabelElement {
  let prototype = prototypes[type];
  if (!prototype) {
    prototype = prototypes[type] = document.createElement('label');
    prototype.className = 'option';
    prototype.setAttribute('part', 'option');
    prototype.appendChild(document.createElement('input')).type = type;
  }
  const label = prototype.cloneNode(true) as HTMLLabelElement;
  const input = label.firstChild as HTMLInputElement;
  if (state.name !== undefined) input.name = state.name;
  input.value = String(state.index);
  if (state.checked) input.checked = true;
  if (state.disabled) input.disabled = true;
  if (state.symbol !== undefined) {
    const symbol = label.appendChild(document.createElement('span'));
    symbol.className = 'symbol';
    symbol.setAttribute('aria-hidden', 'true');
    symbol.textContent = state.symbol;
  }
  // The space keeps the symbol apart from the label in the text (`✖ Red`); the flex layout drops it.
  const text = document.createTextNode(state.symbol !== undefined ? ` ${state.text}` : state.text);
  if (state.description === undefined) label.append(text);
  else {
    const block = label.appendChild(document.createElement('span'));
    block.append(text);
    const description = block.appendChild(document.createElement('span'));
    description.className = 'option-description';
    description.textContent = state.description;
  }
  if (state.color !== undefined) label.style.setProperty('--_option-color', state.color);
  return label;
}

/** An option's nodes after its input, as {@link makeOption} made them. */
function partsOf(label: HTMLElement): { symbol?: Element; text: Text; description?: Element } {
  const next = label.firstChild!.nextSibling as Element;
  const symbol = next.nodeType === Node.ELEMENT_NODE && next.className === 'symbol' ? next : undefined;
  const last = label.lastChild!;
  if (last.nodeType === Node.TEXT_NODE) return { symbol, text: last as Text };
  return { symbol, text: last.firstChild as Text, description: last.lastChild as Element };
}

/**
 * Keeps an option made by {@link makeOption} in step with its state, writing only what changed (read from the
 * DOM: an option keeps no object of its own); `checked` is compared with the input's live state, as `live()`
 * compares (a click the record refused is undone). An option whose state gained or lost a symbol or description
 * is made again.
 */
function updateOption(type: 'radio' | 'checkbox', label: HTMLElement, state: OptionState): void {
  const { symbol, text, description } = partsOf(label);
  if ((symbol !== undefined) !== (state.symbol !== undefined) || (description !== undefined) !== (state.description !== undefined)) {
    label.replaceWith(makeOption(type, state));
    return;
  }
  const input = label.firstChild as HTMLInputElement;
  if (state.name !== undefined && input.name !== state.name) input.name = state.name;
  const value = String(state.index);
  if (input.value !== value) input.value = value;
  if (input.checked !== state.checked) input.checked = state.checked;
  if (input.disabled !== state.disabled) input.disabled = state.disabled;
  const shown = symbol ? ` ${state.text}` : state.text;
  if (text.data !== shown) text.data = shown;
  if (symbol && symbol.textContent !== state.symbol) symbol.textContent = state.symbol!;
  if (description && description.textContent !== state.description) description.textContent = state.description!;
  if (label.style.getPropertyValue('--_option-color') !== (state.color ?? '')) {
    if (state.color === undefined) label.style.removeProperty('--_option-color');
    else label.style.setProperty('--_option-color', state.color);
  }
}

/**
 * A choice group's options box: its class (`options`, `options horizontal`) and its options, each a
 * `<label class="option" part="option">` with its `<input>`, its text, symbol and description, made and kept in step:
 * the label's colour (through the CSSOM, as `cssProperties()` sets it, which a strict CSP allows), the input's name,
 * value (the option's index), checked and disabled state. No template instance, parts or object per option: an
 * observation form has thousands of options, a page of rubrics thousands of rated ones. The box holds its options
 * only (the group's hint and error are beside it).
 */
export class ChoiceOptions {
  #layout?: OptionsLayout;
  #made = false;

  update(box: Element, type: 'radio' | 'checkbox', states: readonly OptionState[], layout: OptionsLayout): void {
    if (layout !== this.#layout) box.className = (this.#layout = layout) === 'horizontal' ? 'options horizontal' : 'options';
    if (!this.#made) {
      this.#made = true;
      for (const state of states) box.append(makeOption(type, state));
      return;
    }
    const options = box.children;
    while (options.length > states.length) options[options.length - 1]!.remove();
    states.forEach((state, i) => {
      const option = options[i] as HTMLElement | undefined;
      if (option) updateOption(type, option, state);
      else box.append(makeOption(type, state));
    });
  }

  /** The index of the option of `box` whose input is `target` (undefined: none of its options'). */
  static indexOf(box: Element, target: EventTarget | null): number | undefined {
    const input = target as HTMLInputElement;
    return input.parentElement?.parentElement === box ? Number(input.value) : undefined;
  }
}
