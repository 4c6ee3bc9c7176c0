import { translationFor } from './catalogue.js';
import { showDatesWith } from './date-params.js';

/**
 * Dates and times written the way a language writes them (`24.11.2026` in nb, `24/11/2026` in en-GB,
 * `11/24/2026` in en), and read back from what a user types, to and from the ISO 8601 forms a record
 * stores: `YYYY-MM-DD`, `HH:MM`, and local `YYYY-MM-DDTHH:MM` for a date and time. The order and
 * separators are those of `Intl.DateTimeFormat` for the tag, so a region (`en-GB`, `nl-BE`) is followed;
 * the shipped languages' are written out (see `shippedLayouts`).
 */

export type DatePart = 'day' | 'month' | 'year';

interface DateLayout {
  order: DatePart[];
  separator: string;
  hour12: boolean;
  /** A real date (year, month, day) written in the layout. */
  date(year: number, month: number, day: number): string;
  /** `HH:MM` written as the language writes a time of day. */
  time(hour: number, minute: number): string;
}

export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** A tag `Intl` accepts: the tag itself when it is valid, else English. */
function intlTag(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** The formatter of times for a tag, built on first use. */
function timesOf(tag: string): (hour: number, minute: number) => string {
  let times: Intl.DateTimeFormat | undefined;
  return (hour, minute) =>
    (times ??= new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' })).format(
      Date.UTC(2026, 0, 1, hour, minute),
    );
}

/** A layout written by joining the parts with its separator (what `Intl` gives for the shipped languages). */
function joinedLayout(tag: string, order: DatePart[], separator: string, hour12: boolean): DateLayout {
  return {
    order,
    separator,
    hour12,
    date: (year, month, day) => order.map((part) => (part === 'year' ? pad(year, 4) : pad(part === 'month' ? month : day))).join(separator),
    time: timesOf(tag),
  };
}

/**
 * The layouts of the languages Mentorkit ships, as `Intl.DateTimeFormat` writes them (a test keeps them
 * equal): the first formatter a page builds loads the browser's locale data, about 20–30 ms of the first
 * render of a form with a date field, which a page in one of these languages never pays. Other tags,
 * regions included, ask `Intl`.
 */
const shippedLayouts: Record<string, () => DateLayout> = {
  en: () => joinedLayout('en', ['month', 'day', 'year'], '/', true),
  nb: () => joinedLayout('nb', ['day', 'month', 'year'], '.', false),
  fi: () => joinedLayout('fi', ['day', 'month', 'year'], '.', false),
  it: () => joinedLayout('it', ['day', 'month', 'year'], '/', false),
  nl: () => joinedLayout('nl', ['day', 'month', 'year'], '-', false),
};

/** The layout `Intl` gives a tag. */
function intlLayout(tag: string): DateLayout {
  const dates = new Intl.DateTimeFormat(tag, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
  const parts = dates.formatToParts(Date.UTC(2026, 10, 24));
  const order = parts.filter((p) => p.type === 'day' || p.type === 'month' || p.type === 'year').map((p) => p.type as DatePart);
  const separator = parts.find((p) => p.type === 'literal')?.value ?? '/';
  const hour12 = !!new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }).resolvedOptions().hour12;
  return {
    order,
    separator,
    hour12,
    date(year, month, day) {
      const date = new Date(Date.UTC(year, month - 1, day));
      date.setUTCFullYear(year);
      return dates.format(date);
    },
    time: timesOf(tag),
  };
}

/** The layout of each language tag as given (canonicalising a tag costs more than the rest of a date field). */
const layoutsByLang = new Map<string, DateLayout>();
const layouts = new Map<string, DateLayout>();

/** The order of day, month and year in the language's dates. */
export function dateOrder(lang: string): DatePart[] {
  return layoutOf(lang).order;
}

function layoutOf(lang: string): DateLayout {
  const known = layoutsByLang.get(lang);
  if (known) return known;
  let layout: DateLayout | undefined;
  if (Object.hasOwn(shippedLayouts, lang)) layout = shippedLayouts[lang]!();
  else {
    const tag = intlTag(lang);
    layout = layouts.get(tag) ?? (Object.hasOwn(shippedLayouts, tag) ? shippedLayouts[tag]!() : intlLayout(tag));
    layouts.set(tag, layout);
  }
  layoutsByLang.set(lang, layout);
  return layout;
}

export const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const isoTime = /^(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/;

/** `YYYY-MM-DD` of a real date; undefined for none (31 February). */
export function realDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || year < 1) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/**
 * Whether `value` is a complete ISO value: `YYYY-MM-DD` of a real date, `HH:MM` of a time of day, or
 * both joined by `T` (reading it back gives the same text; what a user types is read by date-parsing.ts).
 */
export function isIsoValue(value: string, type: 'date' | 'time' | 'date-time'): boolean {
  if (type === 'date') {
    const m = isoDate.exec(value);
    return !!m && realDate(+m[1]!, +m[2]!, +m[3]!) !== undefined;
  }
  if (type === 'time') {
    const m = /^(\d{2}):(\d{2})$/.exec(value);
    return !!m && +m[1]! < 24 && +m[2]! < 60;
  }
  const m = /^(.{10})T(.{5})$/.exec(value);
  return !!m && isIsoValue(m[1]!, 'date') && isIsoValue(m[2]!, 'time');
}

/** `2026-11-24` as the language writes it (`24.11.2026` in nb); anything else is returned as it is. */
export function formatDate(iso: string, lang: string): string {
  const m = isoDate.exec(iso);
  if (!m || !realDate(+m[1]!, +m[2]!, +m[3]!)) return iso;
  return layoutOf(lang).date(+m[1]!, +m[2]!, +m[3]!);
}

/** `14:30` as the language writes it (`14.30` in fi, `02:30 PM` in en); anything else as it is. */
export function formatTime(time: string, lang: string): string {
  const m = isoTime.exec(time);
  if (!m || +m[1]! > 23 || +m[2]! > 59) return time;
  return layoutOf(lang).time(+m[1]!, +m[2]!);
}

/** A local `2026-11-24T14:30` as the language writes it: `24.11.2026 14:30`. */
export function formatDateTime(local: string, lang: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(local);
  if (!m || !isIsoValue(m[1]!, 'date') || !isIsoValue(m[2]!, 'time')) return local;
  return `${formatDate(m[1]!, lang)} ${formatTime(m[2]!, lang)}`;
}

/** How a date, time or date and time is written, in the language's letters: `dd.mm.åååå`, `tt:mm`. */
export function datePattern(type: 'date' | 'time' | 'date-time', lang: string): string {
  const letters = translationFor(lang).$dateLetters;
  const { order, separator, hour12 } = layoutOf(lang);
  const date = order.map((part) => letters[part]).join(separator);
  if (type === 'date') return date;
  // Only a time asks for a time formatter: a page's first one loads the browser's locale data (~30 ms).
  const timeSeparator = formatTime('14:30', lang).includes('.') ? '.' : ':';
  const time = `${letters.hour}${timeSeparator}${letters.minute}${hour12 ? ' am/pm' : ''}`;
  return type === 'time' ? time : `${date} ${time}`;
}

/** An example of the pattern: 24 November 2026, 14:30, as the language writes it. */
export function dateExample(type: 'date' | 'time' | 'date-time', lang: string): string {
  if (type === 'date') return formatDate('2026-11-24', lang);
  if (type === 'time') return formatTime('14:30', lang);
  return formatDateTime('2026-11-24T14:30', lang);
}

/** A problem's parameter shown to a user: an ISO date or local date-time in the language's form. */
export function displayParam(value: unknown, lang: string): unknown {
  if (typeof value !== 'string') return value;
  if (isoDate.test(value)) return formatDate(value, lang);
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return formatDateTime(value, lang);
  if (/^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value)))
    return new Intl.DateTimeFormat(intlTag(lang), { dateStyle: 'short', timeStyle: 'short' }).format(new Date(value));
  return value;
}

showDatesWith(displayParam);
