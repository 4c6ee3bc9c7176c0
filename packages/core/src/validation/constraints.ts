import type { SafePattern } from '@mentorkit/schemas/safe-pattern.js';
import { patternEngine } from './pattern-engine.js';
import type { Problem } from './problem.js';

/** The field-level subset of JSON Schema a single control checks while the user types. */
export interface Constraints {
  required?: boolean;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number | string;
  maximum?: number | string;
  /** `minimum` itself is refused (`exclusiveMinimum`): the value must be more than it. */
  minimumExcluded?: boolean;
  /** `maximum` itself is refused (`exclusiveMaximum`). */
  maximumExcluded?: boolean;
  integer?: boolean;
  /** The value must be a multiple of this (`multipleOf`). */
  multipleOf?: number;
  format?: string;
}

const formats: Record<string, RegExp> = {
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
  date: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/i,
  time: /^\d{2}:\d{2}(:\d{2})?$/,
  uri: /^[a-z][a-z\d+.-]*:\S+$/i,
};

// Patterns run on the linear-time engine both validation paths share: no pattern can freeze the page.
// One the engine refuses never gets here (the field tree reports it as a schema issue).
const patternCache = new Map<string, SafePattern | null>();
/** A JSON Schema pattern on the linear-time engine, compiled once; null when it is refused. */
export function compiledPattern(pattern: string): SafePattern | null {
  if (!patternCache.has(pattern)) {
    const { safePattern } = patternEngine();
    try {
      patternCache.set(pattern, safePattern(pattern));
    } catch {
      patternCache.set(pattern, null);
    }
  }
  return patternCache.get(pattern)!;
}

/** Length in code points, as JSON Schema counts it. */
function length(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** `value` is a whole multiple of `step`, allowing for binary fractions (0.3 is a multiple of 0.1). */
function isMultiple(value: number, step: number): boolean {
  const quotient = value / step;
  return Math.abs(quotient - Math.round(quotient)) < 1e-9;
}

/**
 * The first problem with one field's value, or undefined. Empty values only fail `required`:
 * the other keywords apply to what was entered.
 */
export function checkConstraints(value: unknown, c: Constraints, pointer = ''): Problem | undefined {
  const problem = (keyword: string, key: string, params: Record<string, unknown> = {}): Problem => ({ pointer, keyword, key, params });
  const empty = value === undefined || value === null || value === '' || value === false;
  if (empty) return c.required ? problem('required', 'valueMissing') : undefined;
  if (typeof value === 'string') {
    if (c.minLength !== undefined && length(value) < c.minLength) return problem('minLength', 'tooShort', { min: c.minLength });
    if (c.maxLength !== undefined && length(value) > c.maxLength) return problem('maxLength', 'tooLong', { max: c.maxLength });
    if (c.pattern !== undefined && compiledPattern(c.pattern)?.test(value) === false) return problem('pattern', 'patternMismatch');
    if (c.format && formats[c.format] && !formats[c.format]!.test(value)) return problem('format', 'typeMismatch', { format: c.format });
    if (c.minimum !== undefined && typeof c.minimum === 'string' && value < c.minimum)
      return problem('minimum', 'rangeUnderflow', { min: c.minimum });
    if (c.maximum !== undefined && typeof c.maximum === 'string' && value > c.maximum)
      return problem('maximum', 'rangeOverflow', { max: c.maximum });
  }
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return problem('type', 'badInput');
    if (c.integer && !Number.isInteger(value)) return problem('multipleOf', 'stepMismatch');
    if (c.multipleOf !== undefined && !isMultiple(value, c.multipleOf))
      return problem('multipleOf', 'notMultipleOf', { step: c.multipleOf });
    if (typeof c.minimum === 'number') {
      if (c.minimumExcluded && value <= c.minimum) return problem('exclusiveMinimum', 'aboveMinimum', { min: c.minimum });
      if (value < c.minimum) return problem('minimum', 'rangeUnderflow', { min: c.minimum });
    }
    if (typeof c.maximum === 'number') {
      if (c.maximumExcluded && value >= c.maximum) return problem('exclusiveMaximum', 'belowMaximum', { max: c.maximum });
      if (value > c.maximum) return problem('maximum', 'rangeOverflow', { max: c.maximum });
    }
  }
  return undefined;
}
