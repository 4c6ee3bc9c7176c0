import { entryText, translationFor } from '../l10n/catalogue.js';
import { displayParam } from '../l10n/date-params.js';
import { enCore } from '../l10n/en-core.js';
import type { Problem } from './problem.js';
import { termFor } from './problem.js';

/**
 * The localised sentence for a problem: its catalogue key with parameters, else the keyword's default
 * term, else the generic "invalid" (a host validator's unknown key or missing parameters never throw).
 * Dates among the parameters (a `min` of `2026-09-01`) are written as the language writes them.
 */
export function messageFor(problem: Pick<Problem, 'keyword' | 'key' | 'params'>, lang: string | undefined): string {
  const catalogue = translationFor(lang);
  const key = typeof problem.key === 'string' ? problem.key : '';
  const given: unknown = problem.params !== null && typeof problem.params === 'object' ? problem.params : {};
  const params = Object.fromEntries(Object.entries(given as object).map(([name, value]) => [name, displayParam(value, lang ?? 'en')]));
  return (
    entryText(catalogue, key, params) ??
    entryText(catalogue, termFor(String(problem.keyword)), params) ??
    entryText(catalogue, 'invalid') ??
    enCore.invalid
  );
}
