import type { LocalisedText } from '../l10n/catalogue.js';
import type { FieldNode } from '../schema/field-tree.js';
import { childOf, valueBelow } from '../schema/tree-walk.js';
import { escapeToken, parsePointer } from '../store/pointer.js';

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

/** The label of the field at a record pointer, or of its closest labelled ancestor. */
export function labelFor(tree: FieldNode, pointer: string, record?: unknown): LocalisedText {
  let node: FieldNode | undefined = tree;
  let value = record;
  let label: LocalisedText = '';
  for (const token of parsePointer(pointer)) {
    node = node && childOf(node, token, value);
    value = valueBelow(value, token);
    if (node?.label) label = node.label;
  }
  return label;
}

/** The field element bound to `pointer`, looking through nested shadow roots (arrays), or its closest ancestor. */
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
