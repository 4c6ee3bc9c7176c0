import { entryText, translationFor } from '../l10n/catalogue.js';
import { en } from '../l10n/en.js';
import type { Problem } from './problem.js';
import { termFor } from './problem.js';

/**
 * The localised sentence for a problem: its catalogue key with parameters, else the keyword's default
 * term, else the generic "invalid" (a host validator's unknown key or missing parameters never throw).
 */
export function messageFor(problem: Pick<Problem, 'keyword' | 'key' | 'params'>, lang: string | undefined): string {
  const catalogue = translationFor(lang);
  const key = typeof problem.key === 'string' ? problem.key : '';
  const params: unknown = problem.params !== null && typeof problem.params === 'object' ? problem.params : {};
  return (
    entryText(catalogue, key, params) ??
    entryText(catalogue, termFor(String(problem.keyword)), params) ??
    entryText(catalogue, 'invalid') ??
    entryText(en, 'invalid')!
  );
}
