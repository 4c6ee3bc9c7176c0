import { nothing } from 'lit';
import { directive, type ElementPart } from 'lit/directive.js';
import { ElementDirective } from '../templates/element-directive.js';

/**
 * Element directive on an object's `<fieldset>`: its `data-pointer` and the text of its `<legend>` (its
 * first child), as one part: a form of hundreds of groups (an observation's points) builds one part per group
 * where an attribute and a property binding would be two.
 */
class GroupFrameDirective extends ElementDirective {
  #pointer?: string;
  #label?: string;

  render(_pointer: string, _label: string): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [pointer, label]: [string, string]): typeof nothing {
    const group = part.element;
    if (pointer !== this.#pointer) group.setAttribute('data-pointer', (this.#pointer = pointer));
    if (label !== this.#label) group.firstElementChild!.textContent = this.#label = label;
    return nothing;
  }
}

/** The pointer and legend of an object's fieldset (see {@link GroupFrameDirective}). */
export const groupFrame = directive(GroupFrameDirective);
