import { term, translationFor } from '../l10n/catalogue.js';
import { dateExample, datePattern, formatDate, formatDateTime, formatTime, isIsoValue } from '../l10n/dates.js';
import type { Problem } from '../validation/problem.js';

/** What a date field holds: a calendar date, a date and time, or a time of day. */
export type DateType = 'date' | 'date-time' | 'time';

/** `2026-11-24T10:00:00.000Z` → `2026-11-24T11:00` in the browser's zone. */
export function toLocal(iso: string): string {
  const date = new Date(iso);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(iso) || Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const writers: Record<DateType, (value: string, lang: string) => string> = {
  date: formatDate,
  time: formatTime,
  'date-time': formatDateTime,
};

/** An ISO value (local for `date-time`) the language's way: `24.11.2026`. */
export function writeDate(value: string, type: DateType, lang: string): string {
  return value === '' ? '' : writers[type](value, lang);
}

/** The value is a complete ISO value of `type` (reading ISO back gives the same text). What is typed is read by `readDate` (date-reading.ts). */
export function isIsoDate(value: string, type: DateType): boolean {
  return isIsoValue(value, type);
}

/** A local ISO value as the record holds it: `date-time` in UTC (RFC 3339), anything else as it is; '' is no value. */
export function recordDate(value: string, type: DateType): string | undefined {
  if (value === '') return undefined;
  if (type !== 'date-time' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return value;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}

const formatHints = new WeakMap<object, Map<string, string>>();

/** How to write a value of `type`, with an example, as the field shows it under its label. */
export function dateFormatHint(type: DateType, lang: string): string {
  // The same for every date field of a form: kept per catalogue (a language's catalogue may load later).
  let hints = formatHints.get(translationFor(lang));
  if (!hints) formatHints.set(translationFor(lang), (hints = new Map()));
  const key = `${type} ${lang}`;
  let hint = hints.get(key);
  if (hint === undefined)
    hints.set(key, (hint = term(lang, 'dateFormatHint', { pattern: datePattern(type, lang), example: dateExample(type, lang) })));
  return hint;
}

/** Text that is not a date (or time), reported with the pattern it should follow; undefined for an ISO value or none. */
export function dateProblem(value: string, type: DateType, lang: string, pointer: string): Problem | undefined {
  if (value === '' || isIsoDate(value, type)) return undefined;
  return { pointer, keyword: 'format', key: 'typeMismatch', params: { format: type, pattern: datePattern(type, lang) } };
}
