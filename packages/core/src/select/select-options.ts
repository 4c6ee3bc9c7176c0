import { nothing } from 'lit';
import { directive, type ElementPart } from 'lit/directive.js';
import { ElementDirective } from '../templates/element-directive.js';

/** An option valued by its index, with its text and, when chosen, the `selected` attribute. */
function makeOption(index: number, label: string, selected: boolean): HTMLOptionElement {
  const option = document.createElement('option');
  option.value = String(index);
  option.textContent = label;
  if (selected) option.setAttribute('selected', '');
  return option;
}

/**
 * Element directive on a `<select>` whose first child is its "Choose…" option: that option's text and `selected`
 * while none is chosen, and the options after it, one per label, valued by their index, the chosen one with the
 * `selected` attribute. One part for the list instead of
 * a child part (and its comment marker) per option, each with three bindings of its own. An option's text or
 * `selected` attribute is written only when it changed, as Lit's bindings would.
 */
class SelectOptionsDirective extends ElementDirective {
  #labels: readonly string[] = [];
  #choose?: string;
  #none?: boolean;

  render(_labels: readonly string[], _chosen: number, _choose: string): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [labels, chosen, choose]: [readonly string[], number, string]): typeof nothing {
    const select = part.element as HTMLSelectElement;
    // The template's first option ("Choose…", value ''): its text, and `selected` while none is chosen.
    const first = select.firstElementChild!;
    if (choose !== this.#choose) first.textContent = this.#choose = choose;
    if (chosen < 0 !== this.#none) first.toggleAttribute('selected', (this.#none = chosen < 0));
    if (this.#labels.length === 0) {
      // The template's new select, with its "Choose…" option only: the options are made, no list read.
      labels.forEach((label, i) => select.append(makeOption(i, label, i === chosen)));
      this.#labels = labels;
      return nothing;
    }
    const options = select.options;
    // options[0] is the template's own ("Choose…"); the directive's are after it.
    while (options.length > labels.length + 1) options[options.length - 1]!.remove();
    for (let i = 0; i < labels.length; i++) {
      let option = options[i + 1];
      if (!option) select.append((option = makeOption(i, '', false)));
      if (this.#labels[i] !== labels[i]) option.textContent = labels[i]!;
      const selected = i === chosen;
      if (option.hasAttribute('selected') !== selected) option.toggleAttribute('selected', selected);
    }
    this.#labels = labels;
    return nothing;
  }
}

/** The options of a drop-down list (see {@link SelectOptionsDirective}). */
export const selectOptions = directive(SelectOptionsDirective);
