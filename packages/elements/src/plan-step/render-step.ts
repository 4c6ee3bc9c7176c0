import { nothing, type TemplateResult } from 'lit';
import { html, slots } from '@mentorkit/core/templates/compact-html.js';
import { escapeToken, localise, showWhen, type FormStore, type RenderedField } from '@mentorkit/core';
import type { PlanTemplate } from '@mentorkit/schemas';
import { planTerms } from '../development-plan/plan-terms.js';

type PlanStep = PlanTemplate['steps'][number];

/** What rendering one step needs from the element that hosts it (a plan or a single step). */
export interface StepHost {
  lang: string;
  store: FormStore;
  /** The engine's renderer of the field at a record pointer. */
  renderPath: (pointer: string) => RenderedField;
  /** Heading level of the step's title. */
  level: 2 | 3 | 4 | 5;
}

function heading(level: StepHost['level'], id: string, title: string): TemplateResult {
  if (level === 2) return html`<h2 id=${id} class="step-title">${title}</h2>`;
  if (level === 3) return html`<h3 id=${id} class="step-title">${title}</h3>`;
  if (level === 4) return html`<h4 id=${id} class="step-title">${title}</h4>`;
  return html`<h5 id=${id} class="step-title">${title}</h5>`;
}

/**
 * One step of a plan: its title, guidance and examples (template text), the switch of an optional
 * step, and the engine's fields for the teacher's answers to its prompts, the chosen methods, the
 * planned actions, the evidence and the step's status. A step switched off is hidden, not cleared.
 */
export function renderPlanStep(step: PlanStep, host: StepHost): TemplateResult {
  const { lang, store, renderPath } = host;
  const base = `/steps/${escapeToken(step.id)}`;
  const headingId = `step-${step.id}`;
  const enabled = `${base}/enabled`;
  // One slot per part the step has (a step shows few of them): no part, marker or white space for the others.
  const parts: unknown[] = [];
  if (step.guidance) parts.push(html`<p class="guidance">${localise(step.guidance, lang)}</p>`);
  if (step.examples?.length)
    parts.push(
      html`<details class="examples">
        <summary>${localise(planTerms.examples, lang)}</summary>
        <ul>
          ${step.examples.map((example) => html`<li>${localise(example, lang)}</li>`)}
        </ul>
      </details>`,
    );
  for (const prompt of step.prompts ?? []) parts.push(renderPath(`${base}/answers/${escapeToken(prompt.id)}`));
  if (step.decisionsLabel) parts.push(renderPath(`${base}/decisions`));
  if (step.methods?.length) parts.push(renderPath(`${base}/methods`));
  parts.push(renderPath(`${base}/actions`), renderPath(`${base}/evidence`), renderPath(`${base}/status`));
  const body = slots(parts);

  return html`<section class="step" part="step" data-step=${step.id} aria-labelledby=${headingId}>
    <div class="step-head">
      ${heading(host.level, headingId, localise(step.title, lang))}
      ${step.optional ? html`<span class="badge" part="optional-badge">${localise(planTerms.optional, lang)}</span>` : nothing}
    </div>
    ${
      step.optional
        ? html`${renderPath(enabled)}
            <p class="left-out" ${showWhen(store, { path: enabled, pointer: enabled, equals: false })}>
              ${localise(planTerms.stepLeftOut, lang)}
            </p>
            <div class="step-body" ${showWhen(store, { path: enabled, pointer: enabled, in: [true, undefined] })}>${body}</div>`
        : html`<div class="step-body">${body}</div>`
    }
  </section>`;
}
