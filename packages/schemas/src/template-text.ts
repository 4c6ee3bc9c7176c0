// The built-in templates' text in languages other than English, loaded on demand. The templates ship with their
// English text (`kinds/*-templates.js`); each other language is a module of its own, generated from
// schemas/templates/ (scripts/generate.mjs), that `loadTemplateText` merges into the template's language maps the
// first time the language is asked for. A page in Norwegian loads the Norwegian text of its template only.
import { canonicalJson } from './canonical.js';
import { isObject } from './kinds.js';
import { setOwn } from './own.js';
import { englishMaps } from './template-text-maps.mjs';

type TextLoader = () => Promise<{ default: (string | null)[] }>;

/** Each built-in template's loaders, by language code. */
const sources = new WeakMap<object, Record<string, TextLoader>>();
/** Per template, each language merged (true) or being loaded. */
const states = new WeakMap<object, Map<string, true | Promise<void>>>();
/** How many languages have been merged into a template: a cache of its text keys on it. */
const versions = new WeakMap<object, number>();

/** Registers built-in templates (English text) and the loaders of their other languages; returns the templates. */
export function offerTemplateText<T extends object>(
  templates: Record<string, T>,
  languages: Record<string, Record<string, TextLoader>>,
): Record<string, T> {
  for (const [id, template] of Object.entries(templates)) if (Object.hasOwn(languages, id)) sources.set(template, languages[id]!);
  return templates;
}

/** The languages a built-in template can be read in (English and those that load on demand); [] for any other template. */
export function templateLanguages(template: unknown): string[] {
  const loaders = isObject(template) ? sources.get(template) : undefined;
  return loaders ? ['en', ...Object.keys(loaders)] : [];
}

/** A number that changes each time a language is merged into `template` (for caches of its text). */
export function templateTextVersion(template: unknown): number {
  return (isObject(template) && versions.get(template)) || 0;
}

function codeFor(loaders: Record<string, TextLoader>, lang: string): string | undefined {
  const tag = lang.toLowerCase();
  return [tag, tag.split('-')[0]!].find((code) => Object.hasOwn(loaders, code));
}

/**
 * Loads a built-in template's text in `lang` (its exact tag or primary language, as a language map is read) and
 * merges it into the template's maps. Undefined when there is nothing to wait for: English, a language already
 * merged or that the template lacks, a template that is not built-in. Rejects when the text cannot be fetched
 * (then the template reads English in that language, and a later call tries again).
 */
export function loadTemplateText(template: unknown, lang: string | undefined): Promise<void> | undefined {
  const loaders = isObject(template) ? sources.get(template) : undefined;
  if (!loaders || !lang) return undefined;
  const code = codeFor(loaders, lang);
  if (!code) return undefined;
  const target = template as object;
  let state = states.get(target);
  if (!state) states.set(target, (state = new Map()));
  const known = state.get(code);
  if (known === true) return undefined;
  if (known) return known;
  const loading = loaders[code]!().then(
    ({ default: texts }) => {
      const maps = englishMaps(target);
      if (texts.length !== maps.length) throw new Error(`Mentorkit: the "${code}" text of a built-in template does not fit it.`);
      maps.forEach((map, i) => {
        const text = texts[i];
        if (typeof text === 'string' && !Object.hasOwn(map, code)) setOwn(map, code, text);
      });
      state.set(code, true);
      versions.set(target, templateTextVersion(target) + 1);
    },
    (error: unknown) => {
      state.delete(code);
      throw error;
    },
  );
  state.set(code, loading);
  return loading;
}

/** Loads a built-in template's text in each of `langs` (by default every language it has). */
export async function loadTemplateLanguages(template: unknown, langs: readonly string[] = templateLanguages(template)): Promise<void> {
  await Promise.all(langs.map((lang) => loadTemplateText(template, lang)));
}

/** The built-in templates with every language (`getTemplate`'s), by id and version, once that module is loaded. */
const complete = new Map<string, object>();

/** Registers the built-in templates with all their languages (src/templates.ts does, for servers). */
export function offerCompleteTemplates(templates: Record<string, object>): void {
  for (const template of Object.values(templates)) complete.set(idOf(template), template);
}

const idOf = (template: object) => {
  const { id, version } = template as { id?: unknown; version?: unknown };
  return `${String(id)}@${String(version)}`;
};

/** A built-in template that loads its languages on demand, as the one with every language when that is loaded. */
const completed = (template: object) => (sources.has(template) ? (complete.get(idOf(template)) ?? template) : template);

/**
 * Whether two templates are the same template. A built-in template from `kinds/*-templates.js` is the one with every
 * language where `getTemplate`'s module is loaded (a server); otherwise it is read in the languages it has loaded, so
 * a copy of it in all five languages is the same as the built-in that has loaded only English so far.
 */
export function sameTemplateText(a: unknown, b: unknown): boolean {
  if (!isObject(a) || !isObject(b)) return false;
  const [x, y] = [completed(a), completed(b)];
  return canonicalJson(inLoadedLanguages(x, y)) === canonicalJson(inLoadedLanguages(y, x));
}

/** `template`, its maps cut to the languages `other` holds when `other` is a built-in whose languages load on demand. */
function inLoadedLanguages(template: object, other: object): unknown {
  if (!sources.has(other) || sources.has(template)) return template;
  const loaded = new Set(['en', ...[...(states.get(other) ?? [])].filter(([, state]) => state === true).map(([code]) => code)]);
  const copy = JSON.parse(JSON.stringify(template)) as object;
  for (const map of englishMaps(copy)) for (const lang of Object.keys(map)) if (!loaded.has(lang)) delete map[lang];
  return copy;
}
