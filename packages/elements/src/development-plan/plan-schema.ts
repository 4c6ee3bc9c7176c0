import { localise, type JsonSchema, type LocalisedText } from '@mentorkit/core';
import type { PlanTemplate } from '@mentorkit/schemas';
import type { DocumentForm } from '../document/document-element.js';
import { date, envelope, longText, text } from '../shared/form-schema.js';
import { planTerms } from './plan-terms.js';

type PlanStep = PlanTemplate['steps'][number];
type HeaderField = NonNullable<PlanTemplate['headerFields']>[number];

/** Statuses of a planned action, in the record's words, with the words and shapes people see. */
export const actionStatuses = [
  { id: 'planned', label: planTerms.notStarted, symbol: 'ring' },
  { id: 'inProgress', label: planTerms.inProgress, symbol: 'half' },
  { id: 'done', label: planTerms.done, symbol: 'check' },
  { id: 'dropped', label: planTerms.notDone, symbol: 'cross' },
] as const;

/** Statuses of a step. */
export const stepStatuses = [
  { id: 'notStarted', label: planTerms.notStarted, symbol: 'ring' },
  { id: 'inProgress', label: planTerms.inProgress, symbol: 'half' },
  { id: 'done', label: planTerms.done, symbol: 'check' },
  { id: 'skipped', label: planTerms.skipped, symbol: 'dash' },
] as const;

/** The header of the source form (RESPOND), used when a template lists no header fields of its own. */
const sourceHeader: HeaderField[] = [
  { id: 'name', label: planTerms.name },
  { id: 'date', label: planTerms.date },
  { id: 'position', label: planTerms.position },
  { id: 'organisation', label: planTerms.organisation },
];

/** The header fields a template asks for, in its order. */
export function headerFields(template: PlanTemplate): HeaderField[] {
  return template.headerFields?.length ? template.headerFields : sourceHeader;
}

function choice(title: LocalisedText, options: readonly { id: string; label: LocalisedText; symbol: string }[], extra: JsonSchema = {}) {
  return {
    type: 'string',
    title,
    oneOf: options.map((o) => ({ const: o.id, title: o.label, 'x-symbol': o.symbol })),
    'x-ui': { widget: 'radio' },
    ...extra,
  } satisfies JsonSchema;
}

const plannedAction: JsonSchema = {
  type: 'object',
  title: planTerms.action,
  required: ['action', 'status'],
  properties: {
    action: text(planTerms.action, { minLength: 1 }),
    due: date(planTerms.due),
    status: choice(planTerms.status, actionStatuses, { default: 'planned' }),
    // Shown only while the action is "not done"; kept (never deleted) when the status changes back.
    reason: longText(planTerms.reason, { 'x-ui': { widget: 'textarea', rows: 2, showIf: { path: '1/status', equals: 'dropped' } } }),
  },
};

const evidenceLink: JsonSchema = {
  type: 'object',
  title: planTerms.evidence,
  required: ['title'],
  properties: {
    title: text(planTerms.evidenceTitle, { minLength: 1 }),
    url: text(planTerms.link, { format: 'uri' }),
    date: date(planTerms.date),
    note: longText(planTerms.note, { 'x-ui': { widget: 'textarea', rows: 2 } }),
  },
};

const review: JsonSchema = {
  type: 'object',
  title: planTerms.review,
  required: ['date', 'progress'],
  properties: {
    // Set by the element, never typed: the day the review is written and who wrote it (the host's user).
    date: date(planTerms.reviewDate, { 'x-ui': { hidden: true } }),
    reviewer: { type: 'object', title: planTerms.reviewer, 'x-ui': { hidden: true } },
    progress: longText(planTerms.reviewProgress, { minLength: 1 }),
    adjustments: longText(planTerms.adjustments),
  },
};

function stepForm(step: PlanStep): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  // Optional steps start switched on; switching off only sets `enabled: false`, so nothing written is lost.
  if (step.optional) properties['enabled'] = { type: 'boolean', title: planTerms.includeStep, default: true };
  if (step.prompts?.length) {
    properties['answers'] = {
      type: 'object',
      title: planTerms.answers,
      properties: Object.fromEntries(step.prompts.map((p) => [p.id, longText(p.text)])),
    };
  }
  if (step.decisionsLabel) properties['decisions'] = longText(step.decisionsLabel, { 'x-ui': { widget: 'textarea', rows: 3 } });
  if (step.methods?.length) {
    properties['methods'] = {
      type: 'array',
      title: planTerms.methods,
      uniqueItems: true,
      items: {
        type: 'string',
        oneOf: step.methods.map((m) => ({ const: m.id, title: m.title, ...(m.description ? { description: m.description } : {}) })),
      },
    };
  }
  properties['actions'] = { type: 'array', title: planTerms.actions, items: plannedAction };
  properties['evidence'] = { type: 'array', title: planTerms.evidence, items: evidenceLink };
  properties['status'] = choice(planTerms.stepStatus, stepStatuses);
  return { type: 'object', title: step.title, properties };
}

/**
 * The form a plan template describes: header, timeline, goal, each step's answers, methods, actions,
 * evidence and status, and the reviews. `lang` picks the language of the template's default goal,
 * which a new plan starts with.
 */
export function planForm(template: PlanTemplate, lang: string): DocumentForm {
  const header: Record<string, JsonSchema> = {};
  const requiredHeader: string[] = [];
  for (const field of headerFields(template)) {
    header[field.id] = field.id === 'date' ? date(field.label) : text(field.label);
    if (field.required) requiredHeader.push(field.id);
  }
  const steps: Record<string, JsonSchema> = {};
  for (const step of template.steps) steps[step.id] = stepForm(step);
  const goalDefault = template.goal?.default ? localise(template.goal.default, lang) : '';
  const schema: JsonSchema = {
    type: 'object',
    // `steps` and the optional steps are required here only so that `enabled: true` is filled in on load.
    required: ['steps'],
    properties: {
      ...envelope('plan', template),
      header: { type: 'object', title: planTerms.plan, required: requiredHeader, properties: header },
      // A timeline only where the template sets one (RESPOND's one-year plan); iHub4Schools and STEPS set none.
      ...(template.timeline
        ? {
            timeline: {
              type: 'object',
              title: planTerms.timeline,
              ...(template.timeline.text ? { description: template.timeline.text } : {}),
              required: ['start', 'end'],
              properties: { start: date(planTerms.start), end: date(planTerms.end) },
            },
          }
        : {}),
      goal: longText(template.goal?.label ?? planTerms.goal, goalDefault ? { default: goalDefault } : {}),
      steps: {
        type: 'object',
        title: planTerms.steps,
        required: template.steps.filter((s) => s.optional).map((s) => s.id),
        properties: steps,
      },
      reviews: {
        type: 'array',
        title: planTerms.reviews,
        // The section's heading already says "Reviews".
        'x-ui': { labelHidden: true },
        ...(template.reviewCadence?.text ? { description: template.reviewCadence.text } : {}),
        items: review,
      },
    },
  };
  return { schema, ui: {} };
}

/** Parts of the record each role writes: the teacher the plan itself, the supervisor the reviews. */
export function planReadonlyPointers(role: string): string[] {
  if (role === 'teacher') return ['/reviews'];
  if (role === 'supervisor') return ['/header', '/timeline', '/goal', '/steps'];
  return [];
}
