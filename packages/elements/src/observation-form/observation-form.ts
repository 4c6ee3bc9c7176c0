import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import { html } from '@mentorkit/core/templates/compact-html.js';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { escapeToken, formStyles, localise, sealTerms, type MkForm } from '@mentorkit/core';
import type { ObservationTemplate } from '@mentorkit/schemas';
import { deriveTemplate } from '@mentorkit/schemas/derived-templates.js';
import { observationTemplates } from '@mentorkit/schemas/kinds/observation-templates.js';
import { documentStyles } from '../document/document.styles.js';
import type { AuthoredPart } from '../document/byline.js';
import { MkDocumentElement, type DocumentForm } from '../document/document-element.js';
import { terms } from '../l10n/terms.js';
import { observationForm } from './observation-schema.js';
import { observationFormStyles } from './observation-form.styles.js';
import { pointsEditorSchema, withEditedPoints } from './points-editor.js';

/**
 * Fired when a mentor edited the observation points; `template` is the derived template with the new points: an id
 * and version of its own, `basedOn` naming the template the points were edited from.
 */
export class MkTemplateChangeEvent extends Event {
  constructor(readonly template: ObservationTemplate) {
    super('mk-template-change', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mk-template-change': MkTemplateChangeEvent;
  }
}

const authoredFeedback: readonly AuthoredPart[] = [{ part: /^\/(feedback|reflection)$/, texts: ['text'], author: 'author', date: 'date' }];

/** Parts of the record the observed teacher writes; everything else is the observer's. */
const observedParts = ['/reflection'];
const observerParts = ['/information', '/ratings', '/notes', '/comments', '/feedback'];

/**
 * A peer-to-peer lesson observation (RESPOND guidelines): information, observation points rated on
 * the template's scale with notes, general notes and comments, the observer's feedback and the
 * observed teacher's reflection, and an action plan. Inside a host `<form>` it submits the record as
 * JSON under its `name`.
 *
 * @summary Peer observation form, form-associated.
 * @event input - A field changed.
 * @event change - A field's change was committed.
 * @event mk-submit - A submit found the record valid; `event.value` is the record.
 * @event mk-invalid - A submit found problems; `event.problems` lists them.
 * @event mk-template-change - With `editable-points`: the points were edited; `event.template` is the derived template (own id and version, `basedOn`), which the record names and carries (`embeddedTemplate`).
 * @csspart group - A section's fieldset.
 * @csspart error-summary - The problems shown after a submit.
 * @csspart schema-error - The panel shown when the template is invalid.
 * @csspart submit - The submit button.
 * @csspart points - The grid of observation points.
 * @csspart points-editor - The form that edits the points (with `editable-points`).
 * @csspart summary - The counts of ratings per level.
 * @csspart byline - Who wrote the feedback and the reflection and when ("Written by …, <date>"), set from `user` and the clock.
 * @csspart attribution - The source of the template.
 * @csspart untranslated - The note shown when the template has no text in the element's language (it falls back to English).
 * @cssproperty --mk-form-group-border-color - Border of sections.
 * @cssstate invalid - The record has problems.
 */
export class MkObservationForm extends MkDocumentElement<'observation'> {
  static override styles = [...formStyles, documentStyles, observationFormStyles];

  protected readonly kind = 'observation' as const;
  protected readonly templates = observationTemplates;

  protected importRecords() {
    return import('@mentorkit/schemas/kinds/observation-records.js').then((module) => module.observationRecords);
  }

  protected importTemplateSchemas() {
    return import('@mentorkit/schemas/kinds/observation.js').then((module) => module.observationSchemas);
  }

  /**
   * Lets a mentor add, rename and reorder the observation points (each with a title and an optional
   * success criterion) before the observation. Ratings stay with their point. Edited points make a derived
   * template (its own id and version, `basedOn` the template given), which the record names and carries.
   */
  @property({ type: Boolean, attribute: 'editable-points', reflect: true }) editablePoints = false;

  /** The points the editor started from: bound once, so the editor is not reloaded while a mentor types. */
  #editorValue?: { points: ObservationTemplate['points'] };
  #editorFor?: unknown;
  /** The template the points are edited from (the one the host gave), and the last one derived from it here. */
  #pointsOrigin?: ObservationTemplate;
  #derived?: ObservationTemplate;

  protected buildForm(template: ObservationTemplate): DocumentForm {
    return observationForm(template);
  }

  /** `observer` writes the information, ratings, notes and feedback; `observed` writes the reflection; both write the action plan. */
  protected override readonlyPointers(role: string): string[] {
    if (role === 'observer') return observedParts;
    if (role === 'observed') return observerParts;
    return [];
  }

  /** The observer's feedback and the observed teacher's reflection carry their author and date. */
  protected override authoredParts(): readonly AuthoredPart[] {
    return authoredFeedback;
  }

  protected override renderBody(): TemplateResult {
    const template = this.resolvedTemplate!;
    const lang = this.language;
    return html`
      <header>
        <h2 lang=${ifDefined(this.textLang(template.title))}>${localise(template.title, lang)}</h2>
        ${template.description ? html`<p>${localise(template.description, lang)}</p>` : nothing}
      </header>
      <section aria-labelledby="information">
        <h3 id="information">${localise(terms.information, lang)}</h3>
        ${this.#guidance('information')}
        <div class="information">${this.#information()}</div>
      </section>
      <section aria-labelledby="points">
        <h3 id="points">${localise(terms.observationPoints, lang)}</h3>
        ${this.#guidance('points')}
        <mk-scale-summary
          part="summary"
          pointer="/ratings"
          .levels=${template.scale.levels}
          .items=${template.points.map((p) => p.id)}
          .notRatedLabel=${terms.notRated}
        ></mk-scale-summary>
        ${this.#pointsEditor(template)} ${this.#points(template)}
      </section>
      <section aria-labelledby="notes">
        <h3 id="notes">${localise(terms.notes, lang)}</h3>
        ${this.renderPath('/notes')} ${this.renderPath('/comments')}
      </section>
      <section aria-labelledby="feedback">
        <h3 id="feedback">${localise(terms.feedback, lang)}</h3>
        ${this.renderPath('/feedback/text')} ${this.renderByline('/feedback')} ${this.renderPath('/reflection/text')}
        ${this.renderByline('/reflection')}
      </section>
      <section aria-labelledby="actions">
        <h3 id="actions">${localise(terms.actionPlan, lang)}</h3>
        ${this.renderPath('/actionPlan')}
      </section>
      ${
        template.signoffs?.length
          ? html`<section aria-labelledby="signoffs" class="signoffs">
              <h3 id="signoffs">${localise(sealTerms.signature, lang)}</h3>
              ${this.renderSignoffs()}
            </section>`
          : nothing
      }
      ${this.renderAttribution()}
    `;
  }

  #guidance(key: keyof NonNullable<ObservationTemplate['guidance']>): TemplateResult | typeof nothing {
    const text = this.resolvedTemplate!.guidance?.[key];
    return text ? html`<p class="guidance">${localise(text, this.language)}</p>` : nothing;
  }

  #information(): TemplateResult[] {
    const fields = this.resolvedTemplate!.informationFields?.map((f) => f.id) ?? [
      'date',
      'time',
      'place',
      'observer',
      'observed',
      'subject',
      'group',
      'purpose',
    ];
    return fields.map((id) => {
      const pointer = id === 'observer' || id === 'observed' ? `/information/${id}/name` : `/information/${id}`;
      return html`<div class=${id === 'purpose' ? 'wide' : ''}>${this.renderPath(pointer)}</div>`;
    });
  }

  #pointsEditor(template: ObservationTemplate): TemplateResult | typeof nothing {
    if (!this.editablePoints || this.readonly || this.disabled) return nothing;
    if (this.#editorFor !== this.template) {
      this.#editorFor = this.template;
      this.#editorValue = { points: structuredClone(template.points) };
    }
    return html`<mk-form
      part="points-editor"
      no-submit
      lang=${this.language}
      .schema=${pointsEditorSchema}
      .value=${this.#editorValue}
      @change=${this.#onPointsChange}
      @input=${(event: Event) => event.stopPropagation()}
    ></mk-form>`;
  }

  /** Points being edited become a derived template, which carries the template's text in all its languages. */
  protected override get everyTemplateLanguage(): boolean {
    return this.editablePoints;
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Edited points are checked with the template validator: have it ready before the first edit.
    if (changed.has('editablePoints') && this.editablePoints) void this.loadTemplateSchemas();
    if (changed.has('template') && this.template !== this.#derived) this.#pointsOrigin = undefined;
    super.willUpdate(changed);
  }

  /**
   * A committed edit of the points: the template given with these points, as a derived template (or the given one
   * again when the edits were undone); the form is rebuilt from it, keeping the record, which now names it.
   */
  async #onPointsChange(event: Event): Promise<void> {
    event.stopPropagation();
    const editor = event.currentTarget as MkForm;
    const origin = (this.#pointsOrigin ??= this.resolvedTemplate!);
    const edited = withEditedPoints(origin, (editor.value as { points?: never[] }).points ?? []);
    const schemas = this.templateSchemas ?? (await this.loadTemplateSchemas());
    // A point still without a title (just added) is not applied yet: the editor shows what is missing.
    if (schemas.validateTemplate(edited).length) return;
    const template = await deriveTemplate(origin, edited);
    if (template === this.resolvedTemplate) return;
    // A copy: the form ignores being given the record it already holds.
    const record = structuredClone(this.value) as Record<string, unknown>;
    record['template'] = { id: template.id, version: template.version };
    // The record carries the template it is now made with (a built-in one it only names).
    if (this.carries(template)) record['embeddedTemplate'] = template;
    else delete record['embeddedTemplate'];
    this.#derived = template;
    this.template = template;
    this.#editorFor = template;
    this.value = record;
    this.dispatchEvent(new MkTemplateChangeEvent(template));
  }

  #points(template: ObservationTemplate): TemplateResult {
    const lang = this.language;
    return html`<div class="points" part="points">
      <div class="head" aria-hidden="true">${localise(terms.pointTitle, lang)}</div>
      <div class="head" aria-hidden="true">${localise(terms.rating, lang)}</div>
      <div class="head" aria-hidden="true">${localise(terms.notes, lang)}</div>
      ${template.points.map((point) => {
        const base = `/ratings/${escapeToken(point.id)}`;
        // The point's title names its rating (`aria-labelledby`): read once, beside the radios.
        const id = `point-${point.id}`;
        return html`<div class="point">
          <div class="point-title">
            <span id=${id}>${localise(point.title, lang)}</span>${
              point.criterion ? html` <span class="criterion">${localise(point.criterion, lang)}</span>` : nothing
            }
          </div>
          <div>${this.renderPath(`${base}/level`, { labelledBy: id })}</div>
          <div>${this.renderPath(`${base}/notes`)}</div>
        </div>`;
      })}
    </div>`;
  }
}
