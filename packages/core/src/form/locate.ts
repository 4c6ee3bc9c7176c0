import type { LocalisedText } from '../l10n/catalogue.js';
import type { FieldNode } from '../schema/field-tree.js';
import { childOf, valueBelow } from '../schema/tree-walk.js';
import { escapeToken, parsePointer } from '../store/pointer.js';

// What only a form showing its problems needs (the error summary's labels and links): in the problems chunk
// (problems-chunk.ts). Finding the node at a pointer, which every form needs, is node-at.ts.

/** The label of the field at a record pointer, or of its closest labelled ancestor. */
export function labelFor(tree: FieldNode, pointer: string, record?: unknown): LocalisedText {
  let node: FieldNode | undefined = tree;
  let value = record;
  // The form's own title labels what has no labelled field above it.
  let label: LocalisedText = tree.label;
  for (const token of parsePointer(pointer)) {
    node = node && childOf(node, token, value);
    value = valueBelow(value, token);
    if (node?.label) label = node.label;
  }
  return label;
}

/** The field bound to `pointer` (a light field's wrapper or a field element), looking through arrays' shadow roots, or its closest ancestor. */
export function findField(root: ParentNode, pointer: string): HTMLElement | null {
  const tokens = parsePointer(pointer);
  for (let n = tokens.length; n >= 0; n--) {
    const candidate = '/' + tokens.slice(0, n).map(escapeToken).join('/');
    const found = search(root, n === 0 ? '' : candidate);
    if (found) return found;
  }
  return null;
}

function search(root: ParentNode, pointer: string): HTMLElement | null {
  const selector = `[path="${CSS.escape(pointer)}"]`;
  const direct = root.querySelector<HTMLElement>(selector);
  if (direct) return direct;
  for (const host of root.querySelectorAll('mk-array')) {
    const found = host.shadowRoot && search(host.shadowRoot, pointer);
    if (found) return found;
  }
  return null;
}

/** Moves focus into a field: a light field's chosen option or first control, or a field element itself. */
export function focusField(field: HTMLElement): void {
  const control = field.shadowRoot
    ? null
    : (field.querySelector<HTMLElement>('input:checked') ?? field.querySelector<HTMLElement>('input, textarea, select'));
  (control ?? field).focus();
}
