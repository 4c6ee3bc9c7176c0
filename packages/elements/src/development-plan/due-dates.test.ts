import { expect } from '@open-wc/testing';
import { addDays, addDuration, isDate, isoToday, parseDuration, planEnd, reviewDueDates, reviewSchedule } from './due-dates.js';

const quarter = parseDuration('P3M')!;
const year = parseDuration('P1Y')!;

describe('due dates', () => {
  it('parses the date part of ISO 8601 durations and rejects the rest', () => {
    expect(parseDuration('P3M')).to.deep.equal({ years: 0, months: 3, weeks: 0, days: 0 });
    expect(parseDuration('P1Y6M')).to.deep.equal({ years: 1, months: 6, weeks: 0, days: 0 });
    expect(parseDuration('P2W')).to.deep.equal({ years: 0, months: 0, weeks: 2, days: 0 });
    expect(parseDuration('P10D')).to.deep.equal({ years: 0, months: 0, weeks: 0, days: 10 });
    for (const bad of ['P', 'P0M', '3M', 'PT1H', 'P1.5M', '', undefined]) expect(parseDuration(bad), String(bad)).to.equal(undefined);
  });

  it('tells real dates from strings that only look like dates', () => {
    expect(isDate('2026-02-28')).to.equal(true);
    expect(isDate('2028-02-29')).to.equal(true);
    expect(isDate('2026-02-29')).to.equal(false);
    expect(isDate('2026-13-01')).to.equal(false);
    expect(isDate('1 March 2026')).to.equal(false);
    expect(isDate(20260301)).to.equal(false);
  });

  it('adds days and durations in UTC, keeping the day of the month or its last day', () => {
    expect(addDays('2025-12-31', 1)).to.equal('2026-01-01');
    expect(addDays('2026-03-01', -1)).to.equal('2026-02-28');
    expect(addDuration('2025-09-01', quarter)).to.equal('2025-12-01');
    expect(addDuration('2025-08-31', quarter, 2)).to.equal('2026-02-28');
    expect(addDuration('2025-08-31', quarter, 3)).to.equal('2026-05-31');
    expect(addDuration('2027-11-30', quarter)).to.equal('2028-02-29');
    expect(addDuration('2025-09-01', parseDuration('P2W')!, 3)).to.equal('2025-10-13');
    expect(addDuration('2025-11-15', year)).to.equal('2026-11-15');
  });

  it('ends a one-year plan on the day before its anniversary', () => {
    expect(planEnd('2025-09-01', year)).to.equal('2026-08-31');
    expect(planEnd('2024-03-01', year)).to.equal('2025-02-28');
    expect(planEnd('2026-01-01', parseDuration('P6M')!)).to.equal('2026-06-30');
  });

  it('schedules a review every interval from the start and a closing review at the end', () => {
    expect(reviewDueDates('2025-09-01', '2026-08-31', quarter)).to.deep.equal(['2025-12-01', '2026-03-01', '2026-06-01', '2026-08-31']);
    expect(reviewDueDates('2025-08-15', '2026-06-01', quarter)).to.deep.equal(['2025-11-15', '2026-02-15', '2026-05-15', '2026-06-01']);
    expect(reviewDueDates('2025-09-01', '2025-10-01', quarter)).to.deep.equal(['2025-10-01']);
    expect(reviewDueDates('2026-09-01', '2025-09-01', quarter)).to.deep.equal([]);
    expect(reviewDueDates('2000-01-01', '2100-01-01', parseDuration('P1D')!).length).to.equal(1101);
  });

  it('counts reviews in order: done, overdue, next and upcoming on a given day', () => {
    const base = { start: '2025-09-01', end: '2026-08-31', interval: quarter };
    const atStart = reviewSchedule({ ...base, reviewDates: [], today: '2025-09-01' });
    expect(atStart.due.map((d) => d.state)).to.deep.equal(['next', 'upcoming', 'upcoming', 'upcoming']);
    expect(atStart.next).to.equal('2025-12-01');
    expect(atStart.overdue).to.deep.equal([]);

    const dueToday = reviewSchedule({ ...base, reviewDates: [], today: '2025-12-01' });
    expect(dueToday.next).to.equal('2025-12-01');
    expect(dueToday.overdue).to.deep.equal([]);

    const late = reviewSchedule({ ...base, reviewDates: [], today: '2026-03-02' });
    expect(late.overdue).to.deep.equal(['2025-12-01', '2026-03-01']);
    expect(late.next).to.equal('2026-06-01');

    const lateReview = reviewSchedule({ ...base, reviewDates: ['2025-12-10', undefined, 'soon'], today: '2026-01-15' });
    expect(lateReview.due.map((d) => d.state)).to.deep.equal(['done', 'next', 'upcoming', 'upcoming']);
    expect(lateReview.done).to.equal(1);

    const finished = reviewSchedule({
      ...base,
      reviewDates: ['2025-12-01', '2026-03-01', '2026-06-01', '2026-08-31', '2026-09-05'],
      today: '2026-09-10',
    });
    expect(finished.done).to.equal(4);
    expect(finished.next).to.equal(undefined);
    expect(finished.overdue).to.deep.equal([]);
  });

  it('gives today in the local calendar', () => {
    expect(isoToday(new Date(2026, 0, 5, 23, 30))).to.equal('2026-01-05');
    expect(isDate(isoToday())).to.equal(true);
  });
});
