import { own } from '@mentorkit/schemas/own.js';
import { enCore } from './en-core.js';
import { termsWithFallback, type HostTranslation, type TermKey, type TermParams, type Translation } from './translation.js';

/**
 * The built-in catalogues other than English, each a chunk of its own loaded on first use, so a page
 * in English carries no other language and a page in Finnish loads only Finnish. English is built in:
 * it is every term's fallback and never waits.
 */
const builtIn: Record<string, () => Promise<Translation>> = {
  nb: () => import('./nb.js').then((m) => m.nb),
  fi: () => import('./fi.js').then((m) => m.fi),
  it: () => import('./it.js').then((m) => m.it),
  nl: () => import('./nl.js').then((m) => m.nl),
};
// Norwegian without a written standard ("no") reads Bokmål.
const aliases: Record<string, string> = { no: 'nb' };

/**
 * The English every term falls back to: the terms any form shows, and those of each widget whose code has
 * loaded (`addEnglish`). A widget's terms are only asked for by its own code, so they are always here by then.
 */
// Marked pure: a page that only localises template text (`<mk-scale-summary>`) leaves the terms out.
const english = /* @__PURE__ */ Object.assign({}, enCore) as Translation;

/** Adds the English terms of a widget that loads on demand (its module calls it when it is evaluated). */
export function addEnglish(terms: Partial<Translation>): void {
  Object.assign(english, terms);
}

const catalogues = new Map<string, Translation>([['en', english]]);
const loading = new Map<string, Promise<void>>();

/**
 * Adds or replaces a language. Elements pick it up the next time they render. A term of `TermWithFallback`
 * the catalogue leaves out reads English (asked for when it is used, so a widget's English loaded later counts).
 */
export function registerTranslation(translation: HostTranslation): void {
  const complete: Record<string, unknown> = { ...translation };
  for (const key of termsWithFallback) {
    if (!Object.hasOwn(translation, key)) complete[key] = (params: unknown) => entryText(english, key, params) ?? '';
  }
  catalogues.set(translation.$code.toLowerCase(), complete as unknown as Translation);
  codes.clear();
}

/** Languages with a catalogue, by code: the built-in ones (loaded or not) and every registered one. */
export function availableLanguages(): string[] {
  return [...new Set([...[...catalogues.values()].map((t) => t.$code), ...Object.keys(builtIn)])];
}

/** The catalogue key of each tag asked for (every `term()` asks: a keystroke's check does), until a language is registered. */
const codes = new Map<string, string | undefined>();

/** The catalogue key a tag reads: its own, else its primary language's, among those there are or can be loaded. */
function codeFor(lang: string): string | undefined {
  if (codes.has(lang)) return codes.get(lang);
  const tag = lang.toLowerCase();
  const primary = tag.split('-')[0]!;
  const code = [tag, primary]
    .map((code) => (own(aliases, code) as string | undefined) ?? code)
    .find((code) => catalogues.has(code) || Object.hasOwn(builtIn, code));
  // Tags come from pages and records: keep a bounded number.
  if (codes.size > 100) codes.clear();
  codes.set(lang, code);
  return code;
}

/**
 * Loads the built-in catalogue a language reads (`nb`, `fi`, `it`, `nl`, and their regional tags) if it
 * is not loaded yet. Undefined when there is nothing to wait for: English, a loaded or registered
 * catalogue, or a language without one (it reads English). The promise never rejects: a catalogue that
 * cannot be fetched leaves the language reading English.
 */
export function loadTranslation(lang: string | undefined): Promise<void> | undefined {
  const code = lang ? codeFor(lang) : undefined;
  if (code === undefined || catalogues.has(code)) return undefined;
  let pending = loading.get(code);
  if (!pending) {
    pending = builtIn[code]!().then(
      (translation) => {
        if (!catalogues.has(code)) catalogues.set(code, translation);
      },
      (error: unknown) => {
        console.warn(`Mentorkit: the "${code}" catalogue did not load; showing English.`, error);
        loading.delete(code);
      },
    );
    loading.set(code, pending);
  }
  return pending;
}

/** How long an element holds its first render for its language's text before it renders in English. */
const textWait = 3000;

/**
 * Runs `render` once the catalogue of `lang` is there, so an element in Finnish renders in Finnish and
 * never in English first. It runs at once when nothing is to load (see `afterLoading`).
 */
export function afterTranslation<T>(lang: string | undefined, late: () => void, render: () => T): T | Promise<T> {
  return afterLoading(loadTranslation(lang), late, render);
}

/**
 * Runs `render` once `pending` (text an element needs, such as a catalogue or a template's language) has
 * settled, at once when there is nothing pending. Text slower than 3 seconds lets it run without (in
 * English), and `late` is called when the text arrives (re-render). A load that fails runs it too.
 */
export function afterLoading<T>(pending: Promise<unknown> | undefined, late: () => void, render: () => T): T | Promise<T> {
  if (!pending) return render();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timedOut = false;
  const waited = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      timedOut = true;
      resolve();
    }, textWait);
  });
  const settled = pending.then(
    () => {
      clearTimeout(timer);
      if (timedOut) late();
    },
    () => clearTimeout(timer),
  );
  return Promise.race([settled, waited]).then(render);
}

/**
 * The catalogue for a BCP 47 tag: exact match, then the primary language, then English. A built-in
 * language reads English until its catalogue is loaded (`loadTranslation`); elements load it themselves.
 */
export function translationFor(lang: string | undefined): Translation {
  const code = lang ? codeFor(lang) : undefined;
  return (code !== undefined ? catalogues.get(code) : undefined) ?? english;
}

/** One catalogue term, with its parameters when it takes any. */
export function term<K extends TermKey>(
  lang: string | undefined,
  key: K,
  ...params: TermParams<K> extends undefined ? [] : [TermParams<K>]
): string {
  return entryText(translationFor(lang), key, params[0]) ?? entryText(english, key, params[0]) ?? '';
}

/** Template text: a plain string, or a map of language → string. Falls back to the primary language, English, then any. */
export type LocalisedText = string | Record<string, string>;

export function localise(text: LocalisedText | undefined, lang: string | undefined): string {
  // Most template text is a plain string (every label and hint of a form asks, on each render).
  if (typeof text === 'string') return text;
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
  const found = pick(lang ?? 'en') ?? pick(tag) ?? pick(tag.split('-')[0]!) ?? pick('en');
  if (found) return found;
  const any = Object.entries(text).find(([, t]) => typeof t === 'string');
  return any ? { text: any[1], lang: any[0] } : { text: '' };
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
