import { localise, type LocalisedText } from '../l10n/catalogue.js';

/** Fills `{name}`-style placeholders of a localised term. */
export function fillTerm(term: LocalisedText, lang: string, values: Record<string, string | number>): string {
  return localise(term, lang).replace(/\{(\w+)\}/g, (whole, key: string) => (Object.hasOwn(values, key) ? String(values[key]) : whole));
}

/** A JSON value as a reader sees it: text as is, lists and objects as their text parts. */
export function valueText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value !== 'object') return String(value);
  const parts: string[] = [];
  const walk = (v: unknown) => {
    if (v === null || v === undefined) return;
    if (typeof v !== 'object') parts.push(String(v));
    else for (const inner of Object.values(v)) walk(inner);
  };
  walk(value);
  return parts.join(', ');
}
