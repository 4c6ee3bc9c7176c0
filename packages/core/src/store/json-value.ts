/** How deep a record may nest: far more than any form, few enough that no recursive walk over it overflows the stack. */
export const maxRecordDepth = 1000;

/**
 * Why `value` cannot be a form's record, or undefined when it can: a record is JSON data (objects,
 * arrays, strings, finite numbers, booleans, null) that refers to itself nowhere and nests at most
 * {@link maxRecordDepth} levels. The walk keeps its own stack, so a 100,000-deep value is measured
 * without overflowing the call stack.
 */
export function recordFault(value: unknown): string | undefined {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: '', depth: 0 }];
  const open = new Set<object>();
  while (stack.length) {
    const { value: node, path, depth } = stack.pop()!;
    if (node === null || typeof node === 'string' || typeof node === 'boolean') continue;
    if (typeof node === 'number') {
      if (!Number.isFinite(node)) return `the value at "${path || '/'}" is ${node}, which JSON cannot hold`;
      continue;
    }
    if (typeof node !== 'object') return `the value at "${path || '/'}" is a ${typeof node}, not JSON data`;
    if (depth >= maxRecordDepth) return `it nests deeper than ${maxRecordDepth} levels (at "${path.slice(0, 60)}…")`;
    const proto = Object.getPrototypeOf(node) as unknown;
    if (!Array.isArray(node) && proto !== Object.prototype && proto !== null)
      return `the value at "${path || '/'}" is a ${(node as object).constructor?.name ?? 'class instance'}, not a plain object`;
    if (open.has(node)) return `it holds the same object twice, or refers to itself (again at "${path || '/'}")`;
    open.add(node);
    for (const [key, child] of Object.entries(node)) {
      if (child === undefined) continue;
      stack.push({ value: child, path: `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, depth: depth + 1 });
    }
  }
  return undefined;
}
