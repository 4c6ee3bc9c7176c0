import { lazyModule } from '../lazy-module.js';
import type * as Fits from './fits-chunk.js';

const chunk = lazyModule<typeof Fits>(() => import('./fits-chunk.js'));

/**
 * `fits` (fits.ts: whether a value fits a schema, for conditions, alternatives and property names) is a
 * chunk of its own: most schemas have none of those, and the first render of the others waits for it. A form
 * loads it before it builds the field tree of a schema that needs it (form/schema-chunks.ts, found by the
 * schema walk of check-schema.ts); code that reads conditions or alternatives outside a form awaits
 * `loadFits()` first. Asking before it is there throws: a condition is never taken as met or not.
 */
export function loadFits(): Promise<typeof Fits> {
  return chunk.load();
}

/** Whether it is there. */
export function hasFits(): boolean {
  return chunk.loaded !== undefined;
}

/** See `fits` in fits.ts; throws while it is not loaded (see `loadFits`). */
export function fits(...args: Parameters<(typeof Fits)['fits']>): boolean {
  if (!chunk.loaded) throw new Error('fits is not loaded: await loadFits() before reading the conditions or alternatives of a schema.');
  return chunk.loaded.fits(...args);
}
