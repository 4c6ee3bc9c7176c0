import type { FieldNode } from './field-tree.js';

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Children by key, built once per list: a document renders each of a rubric's hundreds of criteria by pointer. */
const byKey = new WeakMap<readonly FieldNode[], Map<string, FieldNode>>();

function childByKey(children: readonly FieldNode[], key: string): FieldNode | undefined {
  let index = byKey.get(children);
  if (!index) {
    index = new Map();
    // The first of a key wins, as a search in order finds it.
    for (const child of children) if (!index.has(child.key)) index.set(child.key, child);
    byKey.set(children, index);
  }
  return index.get(key);
}

/**
 * The node one step below `node`: a declared property, a field a condition adds, a map entry, a
 * tuple position or an array item. `value` is the value at `node` (it picks the branch of an
 * alternative, as the form shows it); without it the first branch is taken.
 */
export function childOf(node: FieldNode, token: string, value?: unknown): FieldNode | undefined {
  switch (node.kind) {
    case 'object':
      return (
        childByKey(node.children, token) ??
        node.conditions.flatMap((c) => c.children).find((c) => c.key === token) ??
        node.extra?.nodeFor(token)
      );
    case 'array':
      return (/^\d+$/.test(token) ? node.prefix[Number(token)] : undefined) ?? node.item;
    case 'alternatives': {
      const branch = node.branches[Math.max(0, node.branchOf(value))];
      return branch && childOf(branch.node, token, value);
    }
    default:
      return undefined;
  }
}

/** The value one step below (for walking a record beside its tree). */
export function valueBelow(value: unknown, token: string): unknown {
  if (Array.isArray(value)) return /^\d+$/.test(token) ? value[Number(token)] : undefined;
  return isObject(value) && Object.hasOwn(value, token) ? value[token] : undefined;
}
