import type * as SafePatterns from '@mentorkit/schemas/safe-pattern.js';

type Engine = typeof SafePatterns;

let engine: Engine | undefined;
let pending: Promise<Engine> | undefined;

/**
 * The linear-time pattern engine both validation paths share (`@mentorkit/schemas/safe-pattern.js`), a
 * chunk of its own: most forms have no `pattern`. A form loads it before it builds the field tree of a
 * schema that has one (form/schema-chunks.ts); a field element used on its own imports it at once
 * (`usePatternEngine`). Reading a pattern before either throws: a pattern is never skipped.
 */
export function loadPatternEngine(): Promise<Engine> {
  pending ??= import('@mentorkit/schemas/safe-pattern.js').then(
    (loaded) => (engine = loaded),
    (error: unknown) => {
      pending = undefined;
      throw error;
    },
  );
  return pending;
}

/** Gives the engine to code that imports it statically (field elements used on their own). */
export function usePatternEngine(loaded: Engine): void {
  engine = loaded;
}

/** The engine; throws while it is not loaded (see `loadPatternEngine`). */
export function patternEngine(): Engine {
  if (!engine) throw new Error('The pattern engine is not loaded: await loadPatternEngine() before reading a schema with patterns.');
  return engine;
}

/** Whether the engine is there (loaded, or given by a static import). */
export function hasPatternEngine(): boolean {
  return engine !== undefined;
}
