import { nothing } from 'lit';
import { directive, type ElementPart } from 'lit/directive.js';
import { ElementDirective } from '../templates/element-directive.js';

/**
 * Element directive on a `<select>` whose first child is its "Choose…" option: the options after it, one per
 * label, valued by their index, the chosen one with the `selected` attribute. One part for the list instead of
 * a child part (and its comment marker) per option, each with three bindings of its own. An option's text or
 * `selected` attribute is written only when it changed, as Lit's bindings would.
 */
class SelectOptionsDirective extends ElementDirective {
  #labels: string[] = [];

  render(_labels: readonly string[], _chosen: number): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [labels, chosen]: [readonly string[], number]): typeof nothing {
    const select = part.element as HTMLSelectElement;
    const options = select.options;
    // options[0] is the template's own ("Choose…"); the directive's are after it.
    while (options.length > labels.length + 1) options[options.length - 1]!.remove();
    for (let i = 0; i < labels.length; i++) {
      let option = options[i + 1];
      if (!option) {
        option = document.createElement('option');
        option.value = String(i);
        select.append(option);
      }
      if (this.#labels[i] !== labels[i]) option.textContent = labels[i]!;
      const selected = i === chosen;
      if (option.hasAttribute('selected') !== selected) option.toggleAttribute('selected', selected);
    }
    this.#labels = [...labels];
    return nothing;
  }
}

/** The options of a drop-down list (see {@link SelectOptionsDirective}). */
export const selectOptions = directive(SelectOptionsDirective);
