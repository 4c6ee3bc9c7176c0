import { escapeToken } from '../errors.js';
import { isObject } from '../kinds.js';

/** One value that differs between what was signed and what is there now. */
export interface ValueChange {
  /** JSON Pointer of the value, in the record (or, for template changes, in the template). */
  pointer: string;
  /** The value as signed (undefined: it was not there). */
  signed?: unknown;
  /** The value now (undefined: it is gone). */
  current?: unknown;
}

/** True when two JSON values are equal (object key order aside; undefined members count as absent). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((item, i) => same(item, (b as unknown[])[i]));
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return (
    ka.length === kb.length &&
    ka.every((k) => Object.hasOwn(b, k) && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

/**
 * Where two JSON values differ, at the deepest pointer that tells: a changed leaf, an item or key added or
 * removed. Arrays are compared item by item, so a reordered list shows each moved item.
 */
export function differences(signed: unknown, current: unknown, base = ''): ValueChange[] {
  if (same(signed ?? null, current ?? null)) return [];
  if (Array.isArray(signed) && Array.isArray(current)) {
    const out: ValueChange[] = [];
    for (let i = 0; i < Math.max(signed.length, current.length); i++) out.push(...differences(signed[i], current[i], `${base}/${i}`));
    return out;
  }
  if (isObject(signed) && isObject(current)) {
    const keys = [...new Set([...Object.keys(signed), ...Object.keys(current)])];
    return keys.flatMap((key) =>
      differences(
        Object.hasOwn(signed, key) ? signed[key] : undefined,
        Object.hasOwn(current, key) ? current[key] : undefined,
        `${base}/${escapeToken(key)}`,
      ),
    );
  }
  return [{ pointer: base, ...(signed !== undefined ? { signed } : {}), ...(current !== undefined ? { current } : {}) }];
}
