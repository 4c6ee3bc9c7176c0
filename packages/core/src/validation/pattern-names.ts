import { safePattern } from '@mentorkit/schemas/safe-pattern.js';

/** One `patternProperties` map of the interpreter's schema, with its names compiled on the safe engine. */
interface NameMap {
  /** The map the interpreter reads (in the schema copy it was given). */
  target: Record<string, unknown>;
  entries: { matches: (key: string) => boolean; schema: unknown }[];
}

/** A pattern the platform matches in linear time: exactly these keys (none: nothing). `n` empty groups keep names apart. */
function literalNames(keys: string[], n: number): string {
  const unique = '(?:)'.repeat(n);
  if (!keys.length) return `${unique}[^\\s\\S]`;
  return `${unique}^(?:${keys.map((key) => key.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')).join('|')})$`;
}

/** Every property name of every object in a JSON value. */
function keysOf(value: unknown): string[] {
  const keys = new Set<string>();
  const stack = [value];
  while (stack.length) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    if (!Array.isArray(node)) for (const key of Object.keys(node)) keys.add(key);
    stack.push(...Object.values(node as object));
  }
  return [...keys];
}

/**
 * `patternProperties` names for an interpreter that matches them with the platform's backtracking
 * `RegExp` (`@cfworker/json-schema` builds `new RegExp(name, 'u')` for each name). Each name is
 * compiled on the linear-time engine once; before each run, `prepare` swaps the names in the
 * interpreter's schema for literal alternations of the record's keys the engine matches, so the
 * interpreter applies the same subschemas to the same keys and no crafted key can make it backtrack.
 * A name the engine refuses (lookaround, a backreference, not a pattern) throws when collected.
 */
export class PatternNames {
  readonly #maps: NameMap[] = [];

  /** True while no `patternProperties` map was collected. */
  get empty(): boolean {
    return this.#maps.length === 0;
  }

  /** Takes over a `patternProperties` map of the interpreter's schema (call before the interpreter sees it). */
  collect(target: Record<string, unknown>): void {
    const entries = Object.entries(target).map(([name, schema]) => {
      const compiled = safePattern(name);
      return { matches: (key: string) => compiled.test(key), schema };
    });
    this.#maps.push({ target, entries });
  }

  /** Rewrites every collected map for the keys of `instance`: call right before the interpreter runs on it. */
  prepare(instance: unknown): void {
    if (!this.#maps.length) return;
    const keys = keysOf(instance);
    for (const { target, entries } of this.#maps) {
      for (const name of Object.keys(target)) delete target[name];
      entries.forEach((entry, n) => (target[literalNames(keys.filter(entry.matches), n)] = entry.schema));
    }
  }
}
