/**
 * Date arithmetic of a development plan: its default end, the dates reviews are due and which of
 * them are done, next or overdue. Pure functions on ISO dates (`YYYY-MM-DD`), computed in UTC so
 * the time zone never shifts a day.
 */

/** The date part of an ISO 8601 duration (`P1Y`, `P3M`, `P2W`, `P1Y6M`, `P10D`). */
export interface Duration {
  years: number;
  months: number;
  weeks: number;
  days: number;
}

/** Where a due review stands on a given day. */
export type DueState = 'done' | 'overdue' | 'next' | 'upcoming';

export interface DueReview {
  date: string;
  state: DueState;
}

export interface ReviewSchedule {
  /** Every due date of the plan, in order, with its state. */
  due: DueReview[];
  /** The first due date from today on that no review covers yet. */
  next?: string;
  /** Due dates before today that no review covers. */
  overdue: string[];
  /** How many due dates are covered by reviews. */
  done: number;
}

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const durationPattern = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;
const dayMs = 86_400_000;
/** Enough due dates for a weekly review over twenty years; stops a runaway schedule. */
const maxDueDates = 1100;

/** A real calendar date in `YYYY-MM-DD` form. */
export function isDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = datePattern.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!));
  return toIso(date) === value;
}

/** The date part of an ISO 8601 duration, or undefined when it is not one (or is zero). */
export function parseDuration(iso: string | undefined): Duration | undefined {
  const match = iso ? durationPattern.exec(iso) : null;
  if (!match || iso === 'P') return undefined;
  const [years, months, weeks, days] = match.slice(1).map((n) => Number(n ?? 0)) as [number, number, number, number];
  if (years + months + weeks + days === 0) return undefined;
  return { years, months, weeks, days };
}

/** Today in the local calendar, as `YYYY-MM-DD`. */
export function isoToday(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** `n` days after (or before, when negative) a date. */
export function addDays(date: string, n: number): string {
  return toIso(new Date(fromIso(date).getTime() + n * dayMs));
}

/**
 * A date plus `times` × a duration. Months are added from the start date each time (not step by
 * step), and a day that does not exist in the target month becomes its last day: 31 August plus
 * six months is 28 (or 29) February, plus nine months is 31 May.
 */
export function addDuration(date: string, duration: Duration, times = 1): string {
  const start = fromIso(date);
  const months = (duration.years * 12 + duration.months) * times;
  const year = start.getUTCFullYear() + Math.floor((start.getUTCMonth() + months) / 12);
  const month = (((start.getUTCMonth() + months) % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const shifted = new Date(Date.UTC(year, month, Math.min(start.getUTCDate(), lastDay)));
  return addDays(toIso(shifted), (duration.weeks * 7 + duration.days) * times);
}

/** The last day of a plan that starts on `start` and lasts `duration`: one year from 1 September ends on 31 August. */
export function planEnd(start: string, duration: Duration): string {
  return addDays(addDuration(start, duration), -1);
}

/**
 * The dates reviews are due: every `interval` from the start while before the end, and the end of
 * the plan itself (the closing review). A year from 1 September, quarterly: 1 December, 1 March,
 * 1 June and 31 August.
 */
export function reviewDueDates(start: string, end: string, interval: Duration): string[] {
  if (end < start) return [];
  const dates: string[] = [];
  for (let k = 1; dates.length < maxDueDates; k++) {
    const date = addDuration(start, interval, k);
    if (date >= end) break;
    dates.push(date);
  }
  dates.push(end);
  return dates;
}

/**
 * Which due reviews are done, overdue or next on `today`. Reviews are counted in order: with three
 * reviews recorded, the first three due dates are done (a late review still counts for the date it
 * was late for; an early one for the next date due).
 */
export function reviewSchedule(options: {
  start: string;
  end: string;
  interval: Duration;
  reviewDates: readonly unknown[];
  today: string;
}): ReviewSchedule {
  const held = options.reviewDates.filter(isDate).length;
  const dates = reviewDueDates(options.start, options.end, options.interval);
  let next: string | undefined;
  const overdue: string[] = [];
  const due = dates.map((date, index): DueReview => {
    if (index < held) return { date, state: 'done' };
    if (date < options.today) {
      overdue.push(date);
      return { date, state: 'overdue' };
    }
    if (next === undefined) {
      next = date;
      return { date, state: 'next' };
    }
    return { date, state: 'upcoming' };
  });
  return { due, ...(next ? { next } : {}), overdue, done: Math.min(held, dates.length) };
}

function fromIso(date: string): Date {
  const match = datePattern.exec(date);
  if (!match) throw new RangeError(`Not a date (YYYY-MM-DD): "${date}"`);
  return new Date(Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!));
}

function toIso(date: Date): string {
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
