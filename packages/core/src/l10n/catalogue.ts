import { en } from './en.js';
import { fi } from './fi.js';
import { it } from './it.js';
import { nb } from './nb.js';
import { nl } from './nl.js';
import type { TermKey, TermParams, Translation } from './translation.js';

const catalogues = new Map<string, Translation>([en, nb, fi, it, nl].map((t) => [t.$code, t]));
// Norwegian without a written standard ("no") reads Bokmål.
catalogues.set('no', nb);

/** Adds or replaces a language. Elements pick it up the next time they render. */
export function registerTranslation(translation: Translation): void {
  catalogues.set(translation.$code.toLowerCase(), translation);
}

/** Languages with a catalogue, by code. */
export function availableLanguages(): string[] {
  return [...new Set([...catalogues.values()].map((t) => t.$code))];
}

/** The catalogue for a BCP 47 tag: exact match, then the primary language, then English. */
export function translationFor(lang: string | undefined): Translation {
  if (!lang) return en;
  const tag = lang.toLowerCase();
  return catalogues.get(tag) ?? catalogues.get(tag.split('-')[0]!) ?? en;
}

/** One catalogue term, with its parameters when it takes any. */
export function term<K extends TermKey>(
  lang: string | undefined,
  key: K,
  ...params: TermParams<K> extends undefined ? [] : [TermParams<K>]
): string {
  const entry = translationFor(lang)[key] as string | ((p: unknown) => string);
  return typeof entry === 'function' ? entry(params[0]) : entry;
}

/** Template text: a plain string, or a map of language → string. Falls back to the primary language, English, then any. */
export type LocalisedText = string | Record<string, string>;

export function localise(text: LocalisedText | undefined, lang: string | undefined): string {
  if (text === undefined || text === null) return '';
  if (typeof text === 'string') return text;
  const tag = (lang ?? 'en').toLowerCase();
  return text[tag] ?? text[tag.split('-')[0]!] ?? text['en'] ?? Object.values(text)[0] ?? '';
}
