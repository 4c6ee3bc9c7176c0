import { consume } from '@lit/context';
import { css, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { html } from '@mentorkit/core/templates/compact-html.js';
import { property, state } from 'lit/decorators.js';
import { formContext, localise, resolveLang, tokens, type FormContext } from '@mentorkit/core';
import { isDate, isoToday, parseDuration, reviewSchedule, type Duration, type ReviewSchedule } from './due-dates.js';
import { fill, planTerms } from './plan-terms.js';
import { dateTimeFormat } from '../document/format-date.js';

const stateTerms = {
  done: planTerms.stateDone,
  overdue: planTerms.stateOverdue,
  next: planTerms.stateNext,
  upcoming: planTerms.stateUpcoming,
};
const stateMarks = { done: '✔', overdue: '!', next: '→', upcoming: '○' };

/** "Every 3 months", in the given language. */
export function cadenceText(interval: Duration, lang: string): string {
  const [key, n] =
    interval.years && !interval.months && !interval.weeks && !interval.days
      ? (['cadenceYears', interval.years] as const)
      : interval.weeks && !interval.days && !interval.years && !interval.months
        ? (['cadenceWeeks', interval.weeks] as const)
        : interval.days && !interval.years && !interval.months && !interval.weeks
          ? (['cadenceDays', interval.days] as const)
          : (['cadenceMonths', interval.years * 12 + interval.months] as const);
  return fill(localise(planTerms[key], lang), { n });
}

/**
 * When the reviews of a plan are due, on `today`: the next one, the overdue ones and the list of
 * due dates with their state (in words and a mark, not colour alone). It watches only the plan's
 * timeline and the review dates in the form's store.
 *
 * @summary Review due dates of a plan: next, overdue, done.
 * @csspart cadence - How often reviews are due.
 * @csspart next - The next review due.
 * @csspart overdue - The reviews overdue.
 * @csspart due-list - The list of due dates.
 */
export class MkPlanReviewSchedule extends LitElement {
  static override styles = [
    tokens,
    css`
      :host {
        display: block;
      }
      p {
        margin: 0 0 0.35rem;
      }
      .overdue {
        color: var(--_danger);
        font-weight: 700;
      }
      ol {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1rem;
        list-style: none;
        margin: 0 0 0.75rem;
        padding: 0;
        font-variant-numeric: tabular-nums;
      }
      li.overdue {
        font-weight: 700;
      }
      li.next {
        font-weight: 700;
        color: var(--_fg);
      }
      .mark {
        display: inline-block;
        inline-size: 1.2em;
        text-align: center;
      }
    `,
  ];

  /** ISO 8601 interval of the reviews (`P3M`: each quarter). */
  @property() interval = 'P3M';

  /** The day to judge due dates on (`YYYY-MM-DD`); empty: the current date. */
  @property() today = '';

  @consume({ context: formContext, subscribe: true })
  @state()
  private formContext?: FormContext;

  @state() private schedule?: ReviewSchedule;
  #unsubscribe?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.formContext) this.#watch();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('formContext')) this.#watch();
    else if (changed.has('interval') || changed.has('today')) this.#compute();
  }

  #watch(): void {
    this.#unsubscribe?.();
    const store = this.formContext?.store;
    if (!store) return;
    this.#compute();
    this.#unsubscribe = store.onChange((pointer) => {
      if (pointer === '' || pointer.startsWith('/timeline') || pointer === '/reviews' || /^\/reviews\/\d+(\/date)?$/.test(pointer))
        this.#compute();
    });
  }

  #compute(): void {
    const store = this.formContext?.store;
    const interval = parseDuration(this.interval);
    const start = store?.get('/timeline/start');
    const end = store?.get('/timeline/end');
    const reviews = store?.get('/reviews');
    if (!interval || !isDate(start) || !isDate(end)) {
      this.schedule = undefined;
      return;
    }
    this.schedule = reviewSchedule({
      start,
      end,
      interval,
      reviewDates: Array.isArray(reviews) ? reviews.map((r) => (r as { date?: unknown } | null)?.date) : [],
      today: isDate(this.today) ? this.today : isoToday(),
    });
  }

  override render(): TemplateResult {
    const lang = this.formContext?.lang ?? resolveLang(this);
    const interval = parseDuration(this.interval);
    const schedule = this.schedule;
    const format = (date: string) => formatDate(date, lang);
    return html`
      ${interval ? html`<p part="cadence">${cadenceText(interval, lang)}</p>` : nothing}
      ${
        !schedule
          ? html`<p part="next">${localise(planTerms.setTimeline, lang)}</p>`
          : html`
              ${
                schedule.overdue.length
                  ? html`<p class="overdue" part="overdue">
                      ${fill(localise(planTerms.overdueReviews, lang), { dates: schedule.overdue.map(format).join(', ') })}
                    </p>`
                  : nothing
              }
              <p part="next">
                ${
                  schedule.next
                    ? fill(localise(planTerms.nextReview, lang), { date: format(schedule.next) })
                    : schedule.overdue.length
                      ? nothing
                      : localise(planTerms.allReviewsDone, lang)
                }
              </p>
              <ol part="due-list" aria-label=${localise(planTerms.reviewsDue, lang)}>
                ${schedule.due.map(
                  (due) =>
                    html`<li class=${due.state} data-date=${due.date} data-state=${due.state}>
                      <span class="mark" aria-hidden="true">${stateMarks[due.state]}</span>${format(due.date)}:
                      ${localise(stateTerms[due.state], lang)}
                    </li>`,
                )}
              </ol>
            `
      }
    `;
  }
}

function formatDate(date: string, lang: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  try {
    return dateTimeFormat(lang || 'en', { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
  } catch {
    return date;
  }
}
