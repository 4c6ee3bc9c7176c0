import { setOwn } from '@mentorkit/schemas/own.js';
import type { FieldNode } from '../schema/field-tree.js';
import { getAt, joinPointer, setAt } from '../store/pointer.js';

/** The value a new array item starts with: its schema default, or an object of its children's defaults. */
export function defaultValueOf(node: FieldNode): unknown {
  if (node.default !== undefined) return structuredClone(node.default);
  if (node.kind === 'object') {
    const value: Record<string, unknown> = {};
    for (const child of node.children) {
      // A recursive child stays absent until opened: its defaults would unfold without end.
      if (child.recursive) continue;
      const childDefault = defaultValueOf(child);
      if (childDefault !== undefined) setOwn(value, child.key, childDefault);
    }
    return value;
  }
  if (node.kind === 'value' && node.valueType === 'boolean' && node.required) return false;
  return undefined;
}

/**
 * Fills in schema defaults (and `false` for required booleans, which an unticked box means) where
 * the record has nothing. Never overwrites, never removes: data the schema does not know stays.
 */
export function applyDefaults(node: FieldNode, root: unknown, pointer = ''): unknown {
  // A record that is not an object (null, a string) stays as it is: its validator reports it.
  if (pointer === '' && node.kind !== 'value' && (root === null || typeof root !== 'object')) return root;
  if (node.recursive && getAt(root, pointer) === undefined) return root;
  if (node.kind === 'object') {
    if (getAt(root, pointer) === undefined && pointer !== '') {
      if (node.default !== undefined) return setAt(root, pointer, structuredClone(node.default));
      // An optional object stays absent until something inside it is filled in.
      if (!node.required) return root;
    }
    for (const child of node.children) root = applyDefaults(child, root, joinPointer(pointer, child.key));
    return root;
  }
  if (getAt(root, pointer) !== undefined) return root;
  const value = node.kind === 'array' ? (node.default !== undefined ? structuredClone(node.default) : undefined) : defaultValueOf(node);
  return value === undefined ? root : setAt(root, pointer, value);
}
