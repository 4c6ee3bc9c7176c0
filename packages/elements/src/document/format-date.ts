/**
 * A date (`YYYY-MM-DD`) or date-time as people read it in `lang` ("1 October 2025"); the value itself when it is not
 * one. A calendar date is read in UTC, so it is the same day in every time zone.
 */
export function formatDate(value: string, lang: string): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(value);
  try {
    return Number.isNaN(date.getTime())
      ? value
      : dateTimeFormat(lang, { dateStyle: 'long', ...(dateOnly ? { timeZone: 'UTC' } : {}) }).format(date);
  } catch {
    return value;
  }
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** An `Intl.DateTimeFormat`, made once per language and options: making one costs far more than formatting with it. */
export function dateTimeFormat(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(lang, options)));
  return format;
}
