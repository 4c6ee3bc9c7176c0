import type { LocalisedText } from '../generated/types/index.js';

/** Template text in one language: the exact tag, its primary language, English, or the first there is. */
export function textIn(text: LocalisedText | undefined, lang = 'en'): string {
  if (text === undefined || text === null) return '';
  if (typeof text === 'string') return text;
  const tag = lang.toLowerCase();
  return text[tag] ?? text[tag.split('-')[0]!] ?? text['en'] ?? Object.values(text)[0] ?? '';
}

/** Template text as a map of language to text (a plain string is in `lang`). */
export function languageMap(text: LocalisedText | undefined, lang = 'en'): Record<string, string> {
  if (text === undefined || text === null) return {};
  if (typeof text === 'string') return { [lang]: text };
  return { ...text };
}
