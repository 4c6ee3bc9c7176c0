import type { LocalisedText } from '../l10n/catalogue.js';
import type { FieldNode } from '../schema/field-tree.js';
import { childOf, valueBelow } from '../schema/tree-walk.js';
import { escapeToken, joinPointer, parsePointer } from '../store/pointer.js';

/**
 * The tree node describing the value at a record pointer (array indexes match the item node). With
 * the record, the path goes through the branch of each alternative that its value belongs to.
 */
export function nodeAt(tree: FieldNode, pointer: string, record?: unknown): FieldNode | undefined {
  let node: FieldNode | undefined = tree;
  let value = record;
  for (const token of parsePointer(pointer)) {
    node = node && childOf(node, token, value);
    value = valueBelow(value, token);
  }
  return node;
}

/**
 * The pointer of the field that shows a problem at `pointer`: the pointer itself, or, for an object the form
 * renders as a group of fields (a missing required object such as `/information/observer`), its first
 * required field (else its first field), so the message shows where the person types.
 */
export function fieldPointerFor(tree: FieldNode, pointer: string): string {
  let node = nodeAt(tree, pointer);
  let at = pointer;
  while (node?.kind === 'object') {
    const shown = node.children.filter((child) => !child.hidden);
    const child = shown.find((c) => c.required) ?? shown[0];
    if (!child) break;
    at = joinPointer(at, child.key);
    node = child;
  }
  return at;
}

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
