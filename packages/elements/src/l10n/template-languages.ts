import { fallbackLanguage } from '@mentorkit/core';
import { templateTextVersion } from '@mentorkit/schemas/template-text.js';

type Template = { lang?: string; attribution?: unknown };

const languageTag = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/** A language map of template text: every key a language tag, every value a string. */
function isLanguageMap(value: object): value is Record<string, string> {
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([key, text]) => languageTag.test(key) && typeof text === 'string');
}

/** Every text of a template (a language map, or a plain string in the template's language), the attribution left out. */
function* texts(value: unknown, top = true): Generator<string | Record<string, string>> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const item of value) yield* texts(item, false);
  else if (value && typeof value === 'object') {
    if (isLanguageMap(value)) yield value;
    else
      for (const [key, item] of Object.entries(value)) if (!(top && (key === 'attribution' || key === 'lang'))) yield* texts(item, false);
  }
}

/** Per template, by language and how many languages it had loaded (`templateTextVersion`). */
const cache = new WeakMap<object, Map<string, string | undefined>>();

/**
 * The language a template is shown in when it has no text in `lang`: the language its maps fall back
 * to (English, else their first), or its own `lang` for plain strings. Undefined when every text is in
 * `lang`. Ids and other plain strings count only when the template has no language maps at all.
 */
export function untranslatedLanguage(template: Template, lang: string): string | undefined {
  let byLang = cache.get(template);
  if (!byLang) cache.set(template, (byLang = new Map()));
  const key = `${lang} ${templateTextVersion(template)}`;
  if (byLang.has(key)) return byLang.get(key);
  const all = [...texts(template)];
  const maps = all.filter((text): text is Record<string, string> => typeof text !== 'string');
  const primary = (tag: string) => tag.toLowerCase().split('-')[0];
  let shownIn: string | undefined;
  if (maps.length) for (const map of maps) shownIn ??= fallbackLanguage(map, lang);
  else if (primary(template.lang ?? 'en') !== primary(lang)) shownIn = template.lang ?? 'en';
  byLang.set(key, shownIn);
  return shownIn;
}
