import { dateOrder, isoDate, pad, realDate, type DatePart } from './dates.js';

// Reading what a user typed as a date or time (dates.ts writes them): a chunk that <mk-form> fetches when it
// first renders a date field (date-field/date-reading.ts), as a user types only after that.

/**
 * What a user typed as a date, read in the language's order: `24.11.2026`, `24/11/2026`, `24 11 2026`
 * and `24112026` in nb; ISO `2026-11-24` in any language. The ISO date, or undefined when it is not a
 * real date (31.02.2026) or not complete. The year has four digits.
 */
export function parseDate(text: string, lang: string): string | undefined {
  const typed = text.trim();
  const iso = isoDate.exec(typed);
  if (iso) return realDate(+iso[1]!, +iso[2]!, +iso[3]!);
  const order = dateOrder(lang);
  let numbers: string[];
  if (/^\d{8}$/.test(typed)) {
    let at = 0;
    numbers = order.map((part) => typed.slice(at, (at += part === 'year' ? 4 : 2)));
  } else {
    if (!/^\d{1,4}[\s./-]+\d{1,2}[\s./-]+\d{1,4}$/.test(typed)) return undefined;
    numbers = typed.split(/[\s./-]+/);
  }
  const value: Record<DatePart, string> = { day: '', month: '', year: '' };
  order.forEach((part, i) => (value[part] = numbers[i] ?? ''));
  if (value.year.length !== 4 || value.day.length > 2 || value.month.length > 2) return undefined;
  return realDate(+value.year, +value.month, +value.day);
}

/** What a user typed as a time: `14:30`, `14.30`, `1430`, `14`, `2:30 pm` (in any language). `HH:MM`, or undefined. */
export function parseTime(text: string): string | undefined {
  const m = /^(\d{1,2})(?:[:.]?(\d{2}))?(?:\s*([ap])\.?\s*m\.?)?$/i.exec(text.trim());
  if (!m) return undefined;
  let hour = +m[1]!;
  const minute = m[2] === undefined ? 0 : +m[2];
  const half = m[3]?.toLowerCase();
  if (half) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (half === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return undefined;
  return `${pad(hour)}:${pad(minute)}`;
}

/** A typed date and time (`24.11.2026 14:30`, `24.11.2026, 14.30`): local `YYYY-MM-DDTHH:MM`, or undefined. */
export function parseDateTime(text: string, lang: string): string | undefined {
  const iso = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(text.trim());
  if (iso) return parseDate(iso[1]!, lang) && parseTime(iso[2]!) ? `${iso[1]}T${iso[2]}` : undefined;
  const m = /^(.*?\d{4}|\d{8})[\s,]+(.+)$/.exec(text.trim());
  if (!m) return undefined;
  const date = parseDate(m[1]!, lang);
  const time = parseTime(m[2]!);
  return date && time ? `${date}T${time}` : undefined;
}
