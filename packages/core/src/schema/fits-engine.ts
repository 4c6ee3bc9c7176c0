import { lazyModule } from '../lazy-module.js';
import type * as Fits from './fits-chunk.js';

type Module = typeof Fits;

const chunk = lazyModule<Module>(() => import('./fits-chunk.js'));

/**
 * `fits` (fits.ts: whether a value fits a schema, for conditions, alternatives and property names), with the
 * field tree's alternatives nodes (alternatives-tree.ts), is a chunk of its own: most schemas have none of those,
 * and the first render of the others waits for it. A form loads it before it builds the field tree of a schema
 * that needs it (form/schema-chunks.ts, found by the schema walk of check-schema.ts); code that builds or reads
 * conditions or alternatives outside a form awaits `loadFits()` first. Asking before it is there throws: a
 * condition is never taken as met or not.
 */
export function loadFits(): Promise<Module> {
  return chunk.load();
}

/** Whether it is there. */
export function hasFits(): boolean {
  return chunk.loaded !== undefined;
}

function loaded(): Module {
  if (!chunk.loaded) throw new Error('fits is not loaded: await loadFits() before reading the conditions or alternatives of a schema.');
  return chunk.loaded;
}

/** See `fits` in fits.ts; throws while it is not loaded (see `loadFits`). */
export function fits(...args: Parameters<Module['fits']>): boolean {
  return loaded().fits(...args);
}

/** The field tree's node of a `oneOf`/`anyOf` (alternatives-tree.ts); throws while it is not loaded. */
export function alternatives(...args: Parameters<Module['alternatives']>): ReturnType<Module['alternatives']> {
  return loaded().alternatives(...args);
}

/** The field tree's node of a `type` list (alternatives-tree.ts); throws while it is not loaded. */
export function typeAlternatives(...args: Parameters<Module['typeAlternatives']>): ReturnType<Module['typeAlternatives']> {
  return loaded().typeAlternatives(...args);
}
