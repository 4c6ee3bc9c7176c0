// Finds the fields a form or document element renders, light or not: inside `<mk-form>` a value field
// is a light field (a `.field` wrapper with `path`, its markup in the form's own shadow root); a
// signature or an array is an element with a shadow root of its own. Tests reach a field's markup
// through `inside(field)` either way.

/** A field as tests use it: the wrapper or element at a pointer. `updateComplete` exists on elements only. */
export type FoundField = HTMLElement & { updateComplete?: Promise<boolean> };

/** The field at `path` in a form's shadow root, or in the shadow root of an array inside it (null when there is none). */
export function fieldAt(form: Element, path: string): FoundField {
  return search(form.shadowRoot!, `[path="${CSS.escape(path)}"]`) as FoundField;
}

function search(root: ParentNode, selector: string): FoundField | null {
  const direct = root.querySelector<FoundField>(selector);
  if (direct) return direct;
  for (const host of root.querySelectorAll('mk-array')) {
    const found = host.shadowRoot && search(host.shadowRoot, selector);
    if (found) return found;
  }
  return null;
}

/** Where a field's markup is: an element's own shadow root, or a light field's wrapper. */
export function inside(field: Element): ParentNode {
  return field.shadowRoot ?? field;
}

/** A field's native control (the first input, textarea or select). */
export function controlOf(field: Element): HTMLInputElement & HTMLTextAreaElement & HTMLSelectElement {
  const control = inside(field).querySelector('input, textarea, select');
  if (!control) throw new Error(`No control in ${field.getAttribute('path') ?? field.localName}`);
  return control as never;
}

/** Every light field of a kind (`text`, `textarea`, `date`, `number`, `select`, `radio`, `checkbox`, `checkboxes`) in a root. */
export function fieldsOfKind(root: ParentNode, kind: string): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(`.field[data-kind="${kind}"]`)];
}
