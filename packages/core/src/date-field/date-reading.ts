import { parseDate, parseDateTime, parseTime } from '../l10n/date-parsing.js';
import type { DateType } from './date-values.js';

const readers: Record<DateType, (text: string, lang: string) => string | undefined> = {
  date: parseDate,
  time: (text) => parseTime(text),
  'date-time': parseDateTime,
};

/**
 * The ISO form of what was typed (`date` and `time` as stored, `date-time` local), or the text itself when it
 * is not one. `<mk-date-field>` imports it; `<mk-form>` loads it as a chunk (date-reading-chunk.ts) when it
 * first renders a date field.
 */
export function readDate(text: string, type: DateType, lang: string): string {
  return text.trim() === '' ? '' : (readers[type](text, lang) ?? text);
}
