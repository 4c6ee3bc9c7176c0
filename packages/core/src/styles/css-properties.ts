import { nothing } from 'lit';
import { Directive, directive, type ElementPart, type PartInfo, PartType } from 'lit/directive.js';

type Properties = Record<string, string | undefined>;

/**
 * Element directive that sets style properties through the CSSOM (`style.setProperty`), which a
 * strict Content-Security-Policy allows. Lit's `styleMap` writes a `style` attribute on first render,
 * which `style-src` without `'unsafe-inline'` blocks. Use it as `<span ${cssProperties({ '--x': v })}>`.
 */
class CssPropertiesDirective extends Directive {
  #previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssProperties() must be used on an element, not in an attribute');
  }

  render(_properties: Properties) {
    return nothing;
  }

  override update(part: ElementPart, [properties]: [Properties]) {
    // Nothing to set or remove (an option without a colour): the element's style is not even read, which
    // would build a style declaration for each of thousands of options.
    if (!this.#previous.size && Object.values(properties).every((value) => value === undefined)) return nothing;
    const style = (part.element as HTMLElement).style;
    for (const name of this.#previous) if (properties[name] === undefined) style.removeProperty(toCss(name));
    this.#previous = new Set();
    for (const [name, value] of Object.entries(properties)) {
      if (value === undefined) continue;
      style.setProperty(toCss(name), value);
      this.#previous.add(name);
    }
    return nothing;
  }
}

/** `flexGrow` → `flex-grow`; custom properties stay as they are. */
function toCss(name: string): string {
  return name.startsWith('--') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

export const cssProperties = directive(CssPropertiesDirective);
