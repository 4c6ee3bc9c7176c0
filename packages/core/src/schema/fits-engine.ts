import { lazyModule } from '../lazy-module.js';
import type * as Fits from './fits-chunk.js';

type Module = typeof Fits;

const chunk = lazyModule<Module>(() => import('./fits-chunk.js'));

/**
 * `fits` (fits.ts: whether a value fits a schema, for conditions, alternatives and property names), with the
 * field tree's alternatives nodes (alternatives-tree.ts), conditions (conditions-tree.ts) and the folding of `$ref` and
 * `allOf` (fold-schema.ts), is a chunk of its own: most schemas have none of those,
 * and the first render of the others waits for it. A form loads it before it builds the field tree of a schema
 * that needs it (form/schema-chunks.ts, found by the schema walk of check-schema.ts); code that builds the tree of
 * such a schema outside a form awaits `loadFits()` first. Asking before it is there throws: a
 * condition is never taken as met or not.
 */
export function loadFits(): Promise<Module> {
  return chunk.load();
}

/** Whether it is there. */
export function hasFits(): boolean {
  return chunk.loaded !== undefined;
}

/** The chunk; throws while it is not loaded (see `loadFits`): the field tree of a schema that needs it asks first. */
export function requireFits(): Module {
  if (!chunk.loaded)
    throw new Error(
      'The code for conditions, alternatives and references is not loaded: await loadFits() before reading a schema that has them.',
    );
  return chunk.loaded;
}

/** See `fits` in fits.ts; throws while it is not loaded (see `loadFits`). */
export function fits(...args: Parameters<Module['fits']>): boolean {
  return requireFits().fits(...args);
}

/** The field tree's node of a `oneOf`/`anyOf` (alternatives-tree.ts); throws while it is not loaded. */
export function alternatives(...args: Parameters<Module['alternatives']>): ReturnType<Module['alternatives']> {
  return requireFits().alternatives(...args);
}

/** The field tree's node of a `type` list (alternatives-tree.ts); throws while it is not loaded. */
export function typeAlternatives(...args: Parameters<Module['typeAlternatives']>): ReturnType<Module['typeAlternatives']> {
  return requireFits().typeAlternatives(...args);
}

/** An object's conditions in the field tree (conditions-tree.ts); throws while it is not loaded. */
export function objectConditions(...args: Parameters<Module['objectConditions']>): ReturnType<Module['objectConditions']> {
  return requireFits().objectConditions(...args);
}

/** The property names an object's conditions declare or require (conditions-tree.ts); throws while it is not loaded. */
export function conditionalNames(...args: Parameters<Module['conditionalNames']>): ReturnType<Module['conditionalNames']> {
  return requireFits().conditionalNames(...args);
}
