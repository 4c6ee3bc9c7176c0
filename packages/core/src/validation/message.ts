import { translationFor } from '../l10n/catalogue.js';
import type { Problem } from './problem.js';
import { termFor } from './problem.js';

/** The localised sentence for a problem: its catalogue key with parameters, or the keyword's default. */
export function messageFor(problem: Pick<Problem, 'keyword' | 'key' | 'params'>, lang: string | undefined): string {
  const catalogue = translationFor(lang) as unknown as Record<string, string | ((p: unknown) => string)>;
  const entry = catalogue[problem.key] ?? catalogue[termFor(problem.keyword)]!;
  return typeof entry === 'function' ? entry(problem.params) : entry;
}
