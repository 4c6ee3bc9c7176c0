import type { FieldNode } from '../schema/field-tree.js';
import { childOf, valueBelow } from '../schema/tree-walk.js';
import { joinPointer, parsePointer } from '../store/pointer.js';

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
