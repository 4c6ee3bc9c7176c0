import type { TemplateResult } from 'lit';
import { Directive, type ElementPart, type PartInfo, PartType } from 'lit/directive.js';
import { getDirectiveClass } from 'lit/directive-helpers.js';

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

/**
 * Runs on an element part the one directive of a template whose only binding is on its root element, as Lit would
 * run it there: for a light field whose widget's markup is part of the template around it (`inlineField`), which
 * renders its widget's template and gives its binding to the wrapper it sits on. One instance of the directive is kept
 * while the template's directive is of the same class.
 */
export class ElementBinding {
  #directive?: Directive;

  run(part: ElementPart, template: TemplateResult): void {
    const result = template.values[0];
    const type = getDirectiveClass(result)!;
    if (this.#directive?.constructor !== type) this.#directive = new type({ type: PartType.ELEMENT });
    // A directive result keeps its arguments as `values` (lit-html's directive.ts, where Lit reads them; not typed).
    this.#directive.update(part, (result as unknown as { values: unknown[] }).values);
  }
}
