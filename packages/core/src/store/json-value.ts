/** How deep a record may nest: far more than any form, few enough that no recursive walk over it overflows the stack. */
export const maxRecordDepth = 1000;

/**
 * Why `value` cannot be a form's record, or undefined when it can: a record is JSON data (objects,
 * arrays, strings, finite numbers, booleans, null) that refers to itself nowhere and nests at most
 * {@link maxRecordDepth} levels. The walk keeps its own stack, so a 100,000-deep value is measured
 * without overflowing the call stack.
 */
export function recordFault(value: unknown): string | undefined {
  const stack: Place[] = [{ value, up: undefined, key: '', depth: 0 }];
  const open = new Set<object>();
  while (stack.length) {
    const place = stack.pop()!;
    const node = place.value;
    if (node === null || typeof node === 'string' || typeof node === 'boolean') continue;
    if (typeof node === 'number') {
      if (!Number.isFinite(node)) return `the value at "${pathOf(place) || '/'}" is ${node}, which JSON cannot hold`;
      continue;
    }
    if (typeof node !== 'object') return `the value at "${pathOf(place) || '/'}" is a ${typeof node}, not JSON data`;
    if (place.depth >= maxRecordDepth) return `it nests deeper than ${maxRecordDepth} levels (at "${pathOf(place).slice(0, 60)}…")`;
    const proto = Object.getPrototypeOf(node) as unknown;
    if (!Array.isArray(node) && proto !== Object.prototype && proto !== null)
      return `the value at "${pathOf(place) || '/'}" is a ${(node as object).constructor?.name ?? 'class instance'}, not a plain object`;
    if (open.has(node)) return `it holds the same object twice, or refers to itself (again at "${pathOf(place) || '/'}")`;
    open.add(node);
    for (const key of Object.keys(node)) {
      const child = (node as Record<string, unknown>)[key];
      // Most of a record is text, flags and nulls: nothing to look into.
      if (child === undefined || child === null || typeof child === 'string' || typeof child === 'boolean') continue;
      stack.push({ value: child, up: place, key, depth: place.depth + 1 });
    }
  }
  return undefined;
}

/** A value on the walk and where it is; its JSON Pointer is written only for a fault. */
interface Place {
  value: unknown;
  up: Place | undefined;
  key: string;
  depth: number;
}

function pathOf(place: Place): string {
  let path = '';
  for (let at: Place | undefined = place; at?.up; at = at.up) path = `/${at.key.replace(/~/g, '~0').replace(/\//g, '~1')}${path}`;
  return path;
}
