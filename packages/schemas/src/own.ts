// Keys that come from outside data (schemas, templates, records, UI maps, problems) are ordinary
// keys: `__proto__`, `constructor` or `toString` must name a property of the data, never reach
// Object.prototype. Reading goes through `own`, writing through `setOwn`, and maps keyed by such
// keys are `dictionary()` objects without a prototype.

/** The value of `key` when `target` holds it as its own property; undefined otherwise (inherited members included). */
export function own(target: unknown, key: string | number): unknown {
  if (target === null || typeof target !== 'object') return undefined;
  return Object.hasOwn(target, key) ? (target as Record<string | number, unknown>)[key] : undefined;
}

/**
 * Sets `key` on `target` as an own, enumerable data property. Unlike `target[key] = value`, a key
 * `__proto__` becomes a property instead of replacing the object's prototype.
 */
export function setOwn(target: object, key: string | number, value: unknown): void {
  if (Object.hasOwn(target, key)) (target as Record<string | number, unknown>)[key] = value;
  else Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

/** An empty map for keys from outside data: no prototype, so no key is inherited and none pollutes. */
export function dictionary<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** A dictionary of the given entries (`Object.fromEntries`, without a prototype). */
export function dictionaryOf<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  const result = dictionary<T>();
  for (const [key, value] of entries) result[key] = value;
  return result;
}
