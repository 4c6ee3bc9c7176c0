import type { FieldNode } from './field-tree.js';

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
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
        node.children.find((c) => c.key === token) ??
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
