import { own } from '@mentorkit/schemas/own.js';
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
  return entryText(translationFor(lang), key, params[0]) ?? entryText(en, key, params[0]) ?? '';
}

/** Template text: a plain string, or a map of language → string. Falls back to the primary language, English, then any. */
export type LocalisedText = string | Record<string, string>;

export function localise(text: LocalisedText | undefined, lang: string | undefined): string {
  return localiseIn(text, lang).text;
}

/**
 * Template text in a language, and the language of the map entry it came from (none for a plain
 * string): the element's language, then its primary language, then English, then any language.
 */
export function localiseIn(text: LocalisedText | undefined, lang: string | undefined): { text: string; lang?: string } {
  if (text === undefined || text === null) return { text: '' };
  if (typeof text === 'string') return { text };
  if (typeof text !== 'object') return { text: String(text) };
  const tag = (lang ?? 'en').toLowerCase();
  // Own string entries only: a language tag such as "constructor" must not find Object's members.
  const pick = (key: string) => {
    const entry = own(text, key);
    return typeof entry === 'string' ? { text: entry, lang: key } : undefined;
  };
  const any = Object.entries(text).find(([, t]) => typeof t === 'string');
  return pick(lang ?? 'en') ?? pick(tag) ?? pick(tag.split('-')[0]!) ?? pick('en') ?? (any ? { text: any[1], lang: any[0] } : { text: '' });
}

/** The language template text is shown in when it has none in `lang` (it fell back), else undefined. */
export function fallbackLanguage(text: LocalisedText | undefined, lang: string | undefined): string | undefined {
  const used = localiseIn(text, lang).lang;
  const primary = (tag: string) => tag.toLowerCase().split('-')[0];
  return used !== undefined && primary(used) !== primary(lang ?? 'en') ? used : undefined;
}

/**
 * A catalogue entry as text, or undefined when the catalogue has no such own entry (a key that comes
 * from a host validator, such as "hasOwnProperty", finds nothing rather than an Object member).
 */
export function entryText(catalogue: Translation, key: string, params?: unknown): string | undefined {
  const entry = own(catalogue, key);
  if (typeof entry === 'string') return entry;
  if (typeof entry !== 'function') return undefined;
  try {
    const text: unknown = (entry as (p: unknown) => unknown)(params ?? {});
    return typeof text === 'string' ? text : undefined;
  } catch {
    // An entry given parameters it cannot read (a host validator's problem without them).
    return undefined;
  }
}
