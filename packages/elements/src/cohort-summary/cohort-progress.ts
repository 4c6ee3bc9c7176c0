import type { AgreementRecord, AgreementTemplate, PlanRecord, PlanTemplate } from '@mentorkit/schemas';
import { signatureStatus, type SealState } from '@mentorkit/schemas/sealing/index.js';
import { isDate, parseDuration, reviewSchedule } from '../development-plan/due-dates.js';

/** Where one development plan stands on a day. */
export interface PlanProgress {
  stepsDone: number;
  /** Steps switched on (all of the template's when the record does not say). */
  steps: number;
  /** Planned or started actions whose due date has passed. */
  actionsOverdue: number;
  reviewsDone: number;
  reviewsOverdue: number;
  /** The next review due, if the template has a review cadence. */
  nextReview?: string;
}

/** Steps done, actions overdue and reviews due of a plan on `today` (YYYY-MM-DD). */
export function planProgress(template: PlanTemplate, record: PlanRecord, today: string): PlanProgress {
  const answers = record.steps ?? {};
  const enabled = template.steps.filter((step) => (Object.hasOwn(answers, step.id) ? answers[step.id]?.enabled !== false : true));
  const stepsDone = enabled.filter((step) => Object.hasOwn(answers, step.id) && answers[step.id]?.status === 'done').length;
  const actionsOverdue = enabled
    .flatMap((step) => (Object.hasOwn(answers, step.id) ? (answers[step.id]?.actions ?? []) : []))
    .filter((action) => (action.status === 'planned' || action.status === 'inProgress') && isDate(action.due) && action.due < today).length;
  const interval = parseDuration(template.reviewCadence?.interval);
  const { start, end } = record.timeline ?? {};
  const reviews = { reviewsDone: record.reviews?.length ?? 0, reviewsOverdue: 0 };
  if (!interval || !isDate(start) || !isDate(end)) return { stepsDone, steps: enabled.length, actionsOverdue, ...reviews };
  const schedule = reviewSchedule({ start, end, interval, reviewDates: (record.reviews ?? []).map((review) => review.date), today });
  return {
    stepsDone,
    steps: enabled.length,
    actionsOverdue,
    reviewsDone: schedule.done,
    reviewsOverdue: schedule.overdue.length,
    ...(schedule.next ? { nextReview: schedule.next } : {}),
  };
}

/** Reviews held in one calendar quarter across the cohort. */
export interface QuarterReviews {
  /** `2025-Q4`. */
  quarter: string;
  reviews: number;
  /** Plans with at least one review in the quarter. */
  plans: number;
}

/** Reviews per calendar quarter, oldest first: how the cohort's plans are followed up over time. */
export function reviewsByQuarter(records: readonly PlanRecord[]): QuarterReviews[] {
  const quarters = new Map<string, { reviews: number; plans: Set<number> }>();
  records.forEach((record, index) => {
    for (const review of Array.isArray(record.reviews) ? record.reviews : []) {
      if (!isDate(review?.date)) continue;
      const quarter = `${review.date.slice(0, 4)}-Q${Math.floor((Number(review.date.slice(5, 7)) - 1) / 3) + 1}`;
      const entry = quarters.get(quarter) ?? { reviews: 0, plans: new Set<number>() };
      entry.reviews += 1;
      entry.plans.add(index);
      quarters.set(quarter, entry);
    }
  });
  return [...quarters]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([quarter, entry]) => ({ quarter, reviews: entry.reviews, plans: entry.plans.size }));
}

/** The signing state of each agreement (draft, partly signed, signed, changed after signing), in order. */
export async function agreementStates(template: AgreementTemplate, records: readonly AgreementRecord[]): Promise<SealState[]> {
  return Promise.all(records.map((record) => signatureStatus(record, template)));
}
