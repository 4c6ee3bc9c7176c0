import { nothing, type TemplateResult } from 'lit';
import { html } from '@mentorkit/core/templates/compact-html.js';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formStyles, localise } from '@mentorkit/core';
import type { PlanTemplate } from '@mentorkit/schemas';
import { planTemplates } from '@mentorkit/schemas/kinds/plan-templates.js';
import { documentStyles } from '../document/document.styles.js';
import type { AuthoredPart } from '../document/byline.js';
import { MkDocumentElement, type DocumentForm } from '../document/document-element.js';
import { renderPlanStep } from '../plan-step/render-step.js';
import { planStepStyles } from '../plan-step/plan-step.styles.js';
import { isDate, parseDuration, planEnd } from './due-dates.js';
import { developmentPlanStyles } from './development-plan.styles.js';
import { headerFields, planForm, planReadonlyPointers } from './plan-schema.js';
import { planTerms } from './plan-terms.js';

type PlanStep = PlanTemplate['steps'][number];

const authoredReviews: readonly AuthoredPart[] = [
  { part: /^\/reviews\/\d+$/, texts: ['progress', 'adjustments'], author: 'reviewer', date: 'date' },
];

/**
 * An individual development plan, or a school-level development process (RESPOND, iHub4Schools,
 * MenSI STEPS): header, timeline, goal, the template's steps with guidance and reflective prompts,
 * the teacher's answers, planned actions, evidence and status per step, progress at a glance, and
 * dated reviews with the next and overdue due dates. Inside a host `<form>` it submits the record
 * as JSON under its `name`.
 *
 * @summary Development plan with steps, actions and reviews, form-associated.
 * @event input - A field changed.
 * @event change - A field's change was committed.
 * @event mk-submit - A submit found the record valid; `event.value` is the record.
 * @event mk-invalid - A submit found problems; `event.problems` lists them.
 * @csspart group - A fieldset (timeline, answers…).
 * @csspart error-summary - The problems shown after a submit.
 * @csspart schema-error - The panel shown when the template is invalid.
 * @csspart submit - The submit button.
 * @csspart usage - How the plan is used (template text).
 * @csspart progress - The progress of steps and actions.
 * @csspart stage - A stage grouping steps.
 * @csspart step - One step.
 * @csspart optional-badge - The "Optional" mark of an optional step.
 * @csspart review-schedule - When reviews are due.
 * @csspart attribution - The source of the template.
 * @csspart untranslated - The note shown when the template has no text in the element's language (it falls back to English).
 * @cssproperty --mk-form-group-border-color - Border of fieldsets.
 * @cssproperty --mk-plan-step-border-color - Border of each step.
 * @cssstate invalid - The record has problems.
 */
export class MkDevelopmentPlan extends MkDocumentElement<'plan'> {
  static override styles = [...formStyles, documentStyles, planStepStyles, developmentPlanStyles];

  /** The day due reviews are judged on (`YYYY-MM-DD`); empty: the current date. Set it for tests, stories and printing as of a date. */
  @property() today = '';

  protected readonly kind = 'plan' as const;
  protected readonly templates = planTemplates;

  protected importRecords() {
    return import('@mentorkit/schemas/kinds/plan-records.js').then((module) => module.planRecords);
  }

  protected importTemplateSchemas() {
    return import('@mentorkit/schemas/kinds/plan.js').then((module) => module.planSchemas);
  }

  constructor() {
    super();
    // A timeline given only a start ends one plan length later (the template's length, for example a year).
    this.store.onChange((pointer) => {
      if (pointer !== '/timeline/start') return;
      const start = this.store.get('/timeline/start');
      const length = this.resolvedTemplate?.timeline?.duration;
      const duration = length ? parseDuration(length) : undefined;
      if (isDate(start) && duration && this.store.get('/timeline/end') === undefined)
        this.store.set('/timeline/end', planEnd(start, duration));
    });
  }

  protected buildForm(template: PlanTemplate): DocumentForm {
    return planForm(template, this.language);
  }

  /** Each review is dated and signed by name by the element (`user`, the clock), never typed. */
  protected override authoredParts(): readonly AuthoredPart[] {
    return authoredReviews;
  }

  /** The day a review written now is dated: `today` when set (tests, stories), else the current date. */
  protected override writtenOn(): string {
    return this.today || super.writtenOn();
  }

  /** `teacher` writes the header, timeline, goal and steps; `supervisor` writes the reviews. */
  protected override readonlyPointers(role: string): string[] {
    return planReadonlyPointers(role);
  }

  protected override renderBody(): TemplateResult {
    const template = this.resolvedTemplate!;
    const lang = this.language;
    return html`
      <div class="title">
        <h2 lang=${ifDefined(this.textLang(template.title))}>${localise(template.title, lang)}</h2>
        ${template.description ? html`<p>${localise(template.description, lang)}</p>` : nothing}
      </div>
      ${
        template.preamble?.length
          ? html`<div class="preamble">
              ${template.preamble.map(
                (p) => html`<p>${p.title ? html`<strong>${localise(p.title, lang)}.</strong> ` : nothing}${localise(p.text, lang)}</p>`,
              )}
            </div>`
          : nothing
      }
      ${
        template.usage
          ? html`<aside class="usage" part="usage" aria-labelledby="usage">
              <h3 id="usage">${localise(planTerms.usage, lang)}</h3>
              <p>${localise(template.usage, lang)}</p>
            </aside>`
          : nothing
      }
      <section aria-labelledby="plan">
        <h3 id="plan">${localise(planTerms.plan, lang)}</h3>
        <div class="header-fields">${headerFields(template).map((f) => this.renderPath(`/header/${f.id}`))}</div>
        ${template.timeline ? this.renderPath('/timeline') : nothing} ${this.renderPath('/goal')}
      </section>
      <section aria-labelledby="progress">
        <h3 id="progress">${localise(planTerms.progress, lang)}</h3>
        <mk-plan-progress part="progress" .steps=${template.steps.map((s) => ({ id: s.id, optional: s.optional }))}></mk-plan-progress>
      </section>
      <section aria-labelledby="steps">
        <h3 id="steps">${localise(planTerms.steps, lang)}</h3>
        ${this.#steps(template)}
      </section>
      <section aria-labelledby="reviews">
        <h3 id="reviews">${localise(planTerms.reviews, lang)}</h3>
        ${
          // Due dates only where the template sets a cadence (RESPOND's quarterly reviews); iHub4Schools and STEPS set none.
          template.reviewCadence
            ? html`<mk-plan-review-schedule
                part="review-schedule"
                interval=${template.reviewCadence.interval}
                today=${this.today}
              ></mk-plan-review-schedule>`
            : nothing
        }
        ${this.#reviews()} ${template.signoffs?.length ? this.renderSignoffs(undefined, (r) => this.#itemLabel(r.part)) : nothing}
      </section>
      ${this.renderAttribution()}
    `;
  }

  /** The dated reviews; each review's fields render through `renderPath`, so a change after its sign-off shows beside the field. */
  #reviews(): TemplateResult {
    const lang = this.language;
    const { renderItem, createItem } = this.kept('/reviews', () => ({
      renderItem: (item: string) =>
        html`${this.renderPath(`${item}/progress`)} ${this.renderPath(`${item}/adjustments`)} ${this.renderByline(item)}`,
      createItem: () => ({ date: this.writtenOn() }),
    }));
    return html`<mk-array
      path="/reviews"
      hide-label
      .label=${localise(planTerms.reviews, lang)}
      .itemLabel=${localise(planTerms.review, lang)}
      .renderItem=${renderItem}
      .createItem=${createItem}
    ></mk-array>`;
  }

  /** "Review 2, 1 March 2026": the item a sign-off of each review seals. */
  #itemLabel(part: string): string {
    const index = Number(part.split('/').pop());
    const date = this.store.get(`${part}/date`);
    return `${localise(planTerms.review, this.language)} ${index + 1}${typeof date === 'string' && date ? `, ${date}` : ''}`;
  }

  /** Steps in template order, grouped under their stages where the template has stages. */
  #steps(template: PlanTemplate): TemplateResult {
    const stages = template.stages ?? [];
    if (!stages.length) return html`${template.steps.map((step) => this.#step(step, 4))}`;
    const lang = this.language;
    const unstaged = template.steps.filter((s) => !s.stage || !stages.some((stage) => stage.id === s.stage));
    return html`${stages.map(
      (stage) =>
        html`<section class="stage" part="stage" aria-labelledby=${`stage-${stage.id}`}>
          <h4 id=${`stage-${stage.id}`}>${localise(stage.title, lang)}</h4>
          ${stage.description ? html`<p class="guidance">${localise(stage.description, lang)}</p>` : nothing}
          ${template.steps.filter((s) => s.stage === stage.id).map((step) => this.#step(step, 5))}
        </section>`,
    )}
    ${
      unstaged.length
        ? html`<section class="stage" part="stage" aria-labelledby="stage-other">
            <h4 id="stage-other">${localise(planTerms.otherSteps, lang)}</h4>
            ${unstaged.map((step) => this.#step(step, 5))}
          </section>`
        : nothing
    }`;
  }

  #step(step: PlanStep, level: 4 | 5): TemplateResult {
    return renderPlanStep(step, {
      lang: this.language,
      store: this.store,
      renderPath: (pointer) => this.renderPath(pointer),
      level,
    });
  }
}
