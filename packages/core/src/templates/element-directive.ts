import { Directive, type PartInfo, PartType } from 'lit/directive.js';

/** Sets or removes an attribute (undefined: none). */
export function setAttribute(element: Element, name: string, value: string | undefined): void {
  if (value === undefined) element.removeAttribute(name);
  else element.setAttribute(name, value);
}

/**
 * The base of the directives that bind many of an element's attributes, properties and listeners as
 * one part (`textFieldState`, `choiceGroupState`, `frameState`): a form of thousands of fields builds one part
 * per element instead of one per attribute. They set their element's state in `update` and render nothing.
 */
export abstract class ElementDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error(`${new.target.name} belongs on an element, as <div \${…}>`);
  }
}
