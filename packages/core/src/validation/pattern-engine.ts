import type * as SafePatterns from '@mentorkit/schemas/safe-pattern.js';
import { lazyModule } from '../lazy-module.js';

type Engine = typeof SafePatterns;

const chunk = lazyModule<Engine>(() => import('@mentorkit/schemas/safe-pattern.js'));

/**
 * The linear-time pattern engine both validation paths share (`@mentorkit/schemas/safe-pattern.js`), a
 * chunk of its own: most forms have no `pattern`. A form loads it before it builds the field tree of a
 * schema that has one (form/schema-chunks.ts); a field element used on its own imports it at once
 * (`usePatternEngine`). Reading a pattern before either throws: a pattern is never skipped.
 */
export function loadPatternEngine(): Promise<Engine> {
  return chunk.loaded ? Promise.resolve(chunk.loaded) : chunk.load();
}

/** Gives the engine to code that imports it statically (field elements used on their own). */
export function usePatternEngine(loaded: Engine): void {
  chunk.loaded = loaded;
}

/** The engine; throws while it is not loaded (see `loadPatternEngine`). */
export function patternEngine(): Engine {
  if (!chunk.loaded) throw new Error('The pattern engine is not loaded: await loadPatternEngine() before reading a schema with patterns.');
  return chunk.loaded;
}

/** Whether the engine is there (loaded, or given by a static import). */
export function hasPatternEngine(): boolean {
  return chunk.loaded !== undefined;
}
