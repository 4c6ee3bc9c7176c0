import type { LocalisedText } from '../l10n/catalogue.js';
import type { FieldNode } from '../schema/field-tree.js';
import { escapeToken, parsePointer } from '../store/pointer.js';

/** The tree node describing the value at a record pointer (array indexes match the item node). */
export function nodeAt(tree: FieldNode, pointer: string): FieldNode | undefined {
  let node: FieldNode | undefined = tree;
  for (const token of parsePointer(pointer)) {
    if (node?.kind === 'object') node = node.children.find((c) => c.key === token);
    else if (node?.kind === 'array') node = node.item;
    else return undefined;
  }
  return node;
}

/** The label of the field at a record pointer (array indexes match the item node). */
export function labelFor(tree: FieldNode, pointer: string): LocalisedText {
  let node: FieldNode | undefined = tree;
  let label: LocalisedText = '';
  for (const token of parsePointer(pointer)) {
    if (!node) break;
    if (node.kind === 'object') node = node.children.find((c) => c.key === token);
    else if (node.kind === 'array') node = node.item;
    else node = undefined;
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
