import type { AgreementRecord, AgreementTemplate, PlanRecord, PlanTemplate } from '@mentorkit/schemas';
import { signingStatus, type SigningState } from '../agreement/agreement-status.js';
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

/** The signing state of each agreement (draft, partly signed, signed, changed after signing), in order. */
export async function agreementStates(template: AgreementTemplate, records: readonly AgreementRecord[]): Promise<SigningState[]> {
  return Promise.all(records.map(async (record) => (await signingStatus(template, record, new Map())).state));
}
