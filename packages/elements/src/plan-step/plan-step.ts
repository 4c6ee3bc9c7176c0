import { type PropertyValues, type TemplateResult } from 'lit';
import { html } from '@mentorkit/core/templates/compact-html.js';
import { property } from 'lit/decorators.js';
import { escapeToken, formStyles, localise, type Problem } from '@mentorkit/core';
import type { PlanTemplate } from '@mentorkit/schemas';
import { planTemplates } from '@mentorkit/schemas/kinds/plan-templates.js';
import { MkDocumentElement, type DocumentForm } from '../document/document-element.js';
import { planForm, planReadonlyPointers } from '../development-plan/plan-schema.js';
import { fill, planTerms } from '../development-plan/plan-terms.js';
import { planStepStyles } from './plan-step.styles.js';
import { renderPlanStep } from './render-step.js';

/** Problems about the record as a whole (its kind and template) concern every step. */
const envelopePointers = new Set(['', '/schemaVersion', '/kind', '/template', '/template/id', '/template/version']);

/**
 * One step of a development plan on its own, for a portal that shows one step per page. Give it
 * the plan `template`, the `step` id and the **whole plan record** as `value`: it edits only
 * `/steps/<step>` (answers, methods, actions, evidence, status, and the switch of an optional
 * step), keeps the rest of the record as it is, and validates and reports only that step's
 * problems. Its `value` (and what it submits under `name`) is the whole record, ready to save.
 *
 * @summary One step of a development plan, form-associated.
 * @event input - A field changed.
 * @event change - A field's change was committed.
 * @event mk-submit - A submit found the step valid; `event.value` is the whole record.
 * @event mk-invalid - A submit found problems in the step; `event.problems` lists them.
 * @csspart step - The step.
 * @csspart optional-badge - The "Optional" mark of an optional step.
 * @csspart group - A fieldset (answers…).
 * @csspart error-summary - The problems shown after a submit.
 * @csspart schema-error - The panel shown when the template or the step id is wrong.
 * @csspart submit - The submit button.
 * @csspart untranslated - The note shown when the template has no text in the element's language (it falls back to English).
 * @cssproperty --mk-plan-step-border-color - Border of the step.
 * @cssstate invalid - The step has problems.
 */
export class MkPlanStep extends MkDocumentElement<'plan'> {
  static override styles = [...formStyles, planStepStyles];

  /** Id of the template step to show. */
  @property() step = '';

  protected readonly kind = 'plan' as const;
  protected readonly templates = planTemplates;

  protected importRecords() {
    return import('@mentorkit/schemas/kinds/plan-records.js').then((module) => module.planRecords);
  }

  protected importTemplateSchemas() {
    return import('@mentorkit/schemas/kinds/plan.js').then((module) => module.planSchemas);
  }

  protected buildForm(template: PlanTemplate): DocumentForm {
    return planForm(template, this.language);
  }

  /** Same roles as the plan: a `supervisor` reads the step, a `teacher` writes it. */
  protected override readonlyPointers(role: string): string[] {
    return planReadonlyPointers(role);
  }

  protected override validateDocument(value: unknown, template: PlanTemplate): Problem[] {
    const base = `/steps/${escapeToken(this.step)}`;
    return super
      .validateDocument(value, template)
      .filter((p) => envelopePointers.has(p.pointer) || p.pointer === base || p.pointer.startsWith(base + '/'));
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const template = this.resolvedTemplate;
    if (template && !this.#templateStep(template) && !this.schemaIssues.length) {
      this.schemaIssues = [
        {
          at: 'step',
          message: fill(localise(planTerms.unknownStep, this.language), {
            step: this.step,
            steps: template.steps.map((s) => s.id).join(', '),
          }),
        },
      ];
    } else if (changed.has('step') && template && this.#templateStep(template) && this.schemaIssues.some((i) => i.at === 'step')) {
      this.schemaIssues = [];
    }
  }

  #templateStep(template: PlanTemplate) {
    return template.steps.find((s) => s.id === this.step);
  }

  protected override renderBody(): TemplateResult {
    const step = this.#templateStep(this.resolvedTemplate!)!;
    return html`${renderPlanStep(step, {
      lang: this.language,
      store: this.store,
      renderPath: (pointer) => this.renderPath(pointer),
      level: 2,
    })}`;
  }
}
