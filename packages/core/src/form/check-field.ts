import type { ValueNode } from '../schema/field-tree.js';
import { checkConstraints } from '../validation/constraints.js';
import type { Problem } from '../validation/problem.js';

/** One field's own check against its schema node: its constraints, its type and its options. */
export function checkField(node: ValueNode, value: unknown, pointer: string): Problem | undefined {
  const constraints = checkConstraints(value, { ...node.constraints, required: node.required && node.valueType !== 'boolean' }, pointer);
  if (constraints || value === undefined) return constraints;
  const numeric = node.valueType === 'number' || node.valueType === 'integer';
  if (
    (numeric && typeof value !== 'number') ||
    (node.valueType === 'string' && typeof value !== 'string') ||
    (node.valueType === 'boolean' && typeof value !== 'boolean')
  ) {
    return { pointer, keyword: 'type', key: 'badInput', params: {} };
  }
  if (node.choices && node.valueType !== 'array' && !node.choices.some((choice) => choice.value === value)) {
    return { pointer, keyword: 'enum', key: 'notAllowed', params: {} };
  }
  return undefined;
}
