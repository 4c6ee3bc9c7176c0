import { ifDefined } from 'lit/directives/if-defined.js';
import { nothing, type TemplateResult } from 'lit';
import { html, slots } from '@mentorkit/core/templates/compact-html.js';
import { state } from 'lit/decorators.js';
import { cssProperties, escapeToken, formStyles, localise, symbolGlyphs } from '@mentorkit/core';
import type { RubricTemplate } from '@mentorkit/schemas';
import { rubricTemplates } from '@mentorkit/schemas/kinds/rubric-templates.js';
import { documentStyles } from '../document/document.styles.js';
import type { AuthoredPart } from '../document/byline.js';
import { MkDocumentElement, type DocumentForm } from '../document/document-element.js';
import { terms } from '../l10n/terms.js';
import { rubricTerms } from './rag-rubric-terms.js';
import { ragRubricStyles } from './rag-rubric.styles.js';
import { rubricReadonlyPointers } from './rubric-roles.js';
import { rubricForm } from './rubric-schema.js';

type Standard = RubricTemplate['standards'][number];
type Criterion = Standard['criteria'][number];

const authoredComments: readonly AuthoredPart[] = [
  { part: /^\/closing\/comments\/[^/]+$/, texts: ['text'], author: 'author', date: 'date' },
];

/**
 * A standards self-assessment on the template's ordered scale (RAG, checklists, levels of
 * connectedness): each standard's criteria as a grid (criteria in rows, levels in columns, one native
 * radio group per row), counts per level for each standard and overall, strengths / targets / actions
 * per standard, the advanced part (evidence and mappings to other standards) and the closing
 * reflection with verifications and reflective comments. Standards collapse to their summary.
 * Inside a host `<form>` it submits the record as JSON under its `name`.
 *
 * Roles (`user-role`): the template's verifying and commenting roles (for example `headTeacher`,
 * `mentorRecognitionTeam`, `school`, `university`) write only their own comments; any other role is the
 * respondent's and writes everything else.
 *
 * @summary Standards self-assessment (RAG rubric), form-associated.
 * @event input - A field changed.
 * @event change - A field's change was committed.
 * @event mk-submit - A submit found the record valid; `event.value` is the record.
 * @event mk-invalid - A submit found problems; `event.problems` lists them.
 * @csspart group - A fieldset of the engine (the comments' authored texts).
 * @csspart error-summary - The problems shown after a submit.
 * @csspart schema-error - The panel shown when the template is invalid.
 * @csspart submit - The submit button.
 * @csspart standard - One standard: its heading, summary and criteria.
 * @csspart toggle - The button that collapses or expands a standard.
 * @csspart criteria - A standard's grid of criteria.
 * @csspart summary - Counts of ratings per level (per standard and overall).
 * @csspart scale - The key of the scale's levels.
 * @csspart byline - Who wrote the reflective comment and when ("Written by …, <date>"), set from `user` and the clock.
 * @csspart attribution - The source of the template.
 * @csspart untranslated - The note shown when the template has no text in the element's language (it falls back to English).
 * @cssproperty --mk-rag-rubric-level-width - Width of one level column of the grid (default 7.5rem).
 * @cssproperty --mk-form-group-border-color - Border of sections.
 * @cssstate invalid - The record has problems.
 */
export class MkRagRubric extends MkDocumentElement<'rubric'> {
  static override styles = [...formStyles, documentStyles, ragRubricStyles];

  protected readonly kind = 'rubric' as const;
  protected readonly templates = rubricTemplates;

  protected importRecords() {
    return import('@mentorkit/schemas/kinds/rubric-records.js').then((module) => module.rubricRecords);
  }

  protected importTemplateSchemas() {
    return import('@mentorkit/schemas/kinds/rubric.js').then((module) => module.rubricSchemas);
  }

  /** Ids of the standards shown collapsed to their summary. */
  @state() private collapsed = new Set<string>();

  protected buildForm(template: RubricTemplate): DocumentForm {
    return rubricForm(template);
  }

  /** Each reflective comment (school, university) carries its author and date. */
  protected override authoredParts(): readonly AuthoredPart[] {
    return authoredComments;
  }

  protected override readonlyPointers(role: string, template: RubricTemplate): string[] {
    return rubricReadonlyPointers(role, template);
  }

  /** Collapses a standard to its summary (or expands it); its fields keep their values. */
  toggleStandard(id: string, collapsed = !this.collapsed.has(id)): void {
    const next = new Set(this.collapsed);
    if (collapsed) next.add(id);
    else next.delete(id);
    this.collapsed = next;
  }

  protected override renderBody(): TemplateResult {
    const template = this.resolvedTemplate!;
    const lang = this.language;
    return html`
      <header>
        <h2 lang=${ifDefined(this.textLang(template.title))}>${localise(template.title, lang)}</h2>
        ${template.description ? html`<p>${localise(template.description, lang)}</p>` : nothing}
      </header>
      ${this.#preamble(template)}
      <section aria-labelledby="about">
        <h3 id="about">${localise(rubricTerms.about, lang)}</h3>
        <div class="information">
          <div>${this.renderPath('/respondent/name')}</div>
          <div>${this.renderPath('/organisation')}</div>
          <div>${this.renderPath('/date')}</div>
        </div>
      </section>
      ${template.standards.length ? this.#standards(template) : nothing} ${this.#advanced(template)} ${this.#closing(template)}
      ${this.renderAttribution()}
    `;
  }

  #preamble(template: RubricTemplate): TemplateResult | typeof nothing {
    if (!template.preamble?.length) return nothing;
    const lang = this.language;
    return html`<div class="preamble">
      ${template.preamble.map(
        (p) =>
          html`${p.title ? html`<h3>${localise(p.title, lang)}</h3>` : nothing}
            <p>${localise(p.text, lang)}</p>`,
      )}
    </div>`;
  }

  #standards(template: RubricTemplate): TemplateResult {
    const lang = this.language;
    const allIds = template.standards.flatMap((s) => s.criteria.map((c) => c.id));
    const sections = template.sections ?? [];
    const known = new Set(sections.map((s) => s.id));
    const level = sections.length ? 4 : 3;
    const loose = template.standards.filter((s) => !s.section || !known.has(s.section));
    return html`
      <section aria-labelledby="scale" class="scale-section">
        <h3 id="scale">${localise(template.scale.title ?? rubricTerms.scale, lang)}</h3>
        ${template.instructions ? html`<p class="instructions">${localise(template.instructions, lang)}</p>` : nothing}
        <ul class="scale-key" part="scale">
          ${template.scale.levels.map(
            (l) =>
              html`<li>
                ${this.#symbol(l.symbol, l.color)}<strong>${localise(l.label, lang)}</strong>${
                  l.description ? html` – ${localise(l.description, lang)}` : nothing
                }
              </li>`,
          )}
        </ul>
      </section>
      <section aria-labelledby="overall" class="overall-section">
        <h3 id="overall">${localise(rubricTerms.overall, lang)}</h3>
        ${this.#summary(allIds, 'overall')}
        <div class="toolbar">
          <button type="button" class="expand-all" @click=${() => (this.collapsed = new Set())}>
            ${localise(rubricTerms.expandAll, lang)}
          </button>
          <button type="button" class="collapse-all" @click=${() => (this.collapsed = new Set(template.standards.map((s) => s.id)))}>
            ${localise(rubricTerms.collapseAll, lang)}
          </button>
        </div>
      </section>
      ${sections.map((section) => {
        const standards = template.standards.filter((s) => s.section === section.id);
        const id = `section-${section.id}`;
        return html`<section class="rubric-section" aria-labelledby=${id}>
          <h3 id=${id}>${localise(section.title, lang)}</h3>
          ${section.question ? html`<p class="question">${localise(section.question, lang)}</p>` : nothing}
          ${section.description ? html`<p class="guidance">${localise(section.description, lang)}</p>` : nothing}
          ${standards.map((s) => this.#standard(template, s, level))}
        </section>`;
      })}
      ${loose.map((s) => this.#standard(template, s, level))}
    `;
  }

  #summary(items: string[], kind: string): TemplateResult {
    const levels = this.resolvedTemplate!.scale.levels;
    return html`<mk-scale-summary
      part="summary"
      class=${kind}
      pointer="/ratings"
      .levels=${levels}
      .items=${items}
      .notRatedLabel=${terms.notRated}
    ></mk-scale-summary>`;
  }

  #symbol(symbol: string | undefined, color: string | undefined): TemplateResult | typeof nothing {
    if (!symbol) return nothing;
    return html`<span class="symbol" aria-hidden="true" ${cssProperties({ '--_level-color': color })}>${symbolGlyphs[symbol] ?? ''}</span>`;
  }

  #standard(template: RubricTemplate, standard: Standard, level: number): TemplateResult {
    const lang = this.language;
    const collapsed = this.collapsed.has(standard.id);
    const headingId = `standard-${standard.id}`;
    const bodyId = `standard-${standard.id}-body`;
    const base = `/standards/${escapeToken(standard.id)}`;
    const levels = template.scale.levels;
    return html`<section class="standard" part="standard" aria-labelledby=${headingId} data-standard=${standard.id}>
      <div class="standard-head">
        <div role="heading" aria-level=${level} id=${headingId} class="standard-title">
          <button
            type="button"
            part="toggle"
            class="toggle"
            aria-expanded=${collapsed ? 'false' : 'true'}
            aria-controls=${bodyId}
            @click=${() => this.toggleStandard(standard.id)}
          >
            <span class="chevron" aria-hidden="true">${collapsed ? '▸' : '▾'}</span>${localise(standard.title, lang)}
          </button>
        </div>
        ${this.#summary(
          standard.criteria.map((c) => c.id),
          'standard-summary',
        )}
      </div>
      <div id=${bodyId} class="standard-body" ?hidden=${collapsed}>
        ${standard.statement ? html`<p class="statement">${localise(standard.statement, lang)}</p>` : nothing}
        <div class="criteria" part="criteria" ${cssProperties({ '--_levels': String(levels.length) })}>
          <div class="criteria-head" aria-hidden="true">
            <span>${localise(rubricTerms.criterion, lang)}</span>
            ${this.#levelsHead(levels)}
          </div>
          ${slots(standard.criteria.map((criterion) => this.#criterion(criterion, lang)))}
        </div>
        ${
          standard.reflection
            ? html`<div class="answers">
                ${this.renderPath(`${base}/strengths`)} ${this.renderPath(`${base}/targets`)} ${this.renderPath(`${base}/actions`)}
              </div>`
            : nothing
        }
      </div>
    </section>`;
  }

  /** The level headings above a standard's criteria: one slot per level (a template may spread one list). */
  #levelsHead(levels: RubricTemplate['scale']['levels']): TemplateResult {
    const lang = this.language;
    return html`<span class="levels">
      ${slots(levels.map((l) => html`<span class="level">${this.#symbol(l.symbol, l.color)}${localise(l.label, lang)}</span>`))}
    </span>`;
  }

  /**
   * A criterion's row: its text, which names its radio group (`aria-labelledby`: read once, in browse mode as beside
   * the radios), and its rating. An untitled criterion's text, most, is one text node set as a property: no child
   * part and marker for it. A title's colon, as in the group's label (`criterionLabel`), is for the name only.
   */
  #criterion(criterion: Criterion, lang: string): TemplateResult {
    const text = localise(criterion.text, lang);
    const id = `criterion-${criterion.id}`;
    const rating = this.renderPath(`/ratings/${escapeToken(criterion.id)}/level`, { labelledBy: id });
    if (!criterion.title)
      return html`<div class="criterion">
        <div class="criterion-text" id=${id} .textContent=${text}></div>
        ${rating}
      </div>`;
    return html`<div class="criterion">
      <div class="criterion-text" id=${id}>
        <strong>${localise(criterion.title, lang)}<span class="name-only">: </span></strong>${text}
      </div>
      ${rating}
    </div>`;
  }

  #advanced(template: RubricTemplate): TemplateResult | typeof nothing {
    const advanced = template.advanced;
    if (!advanced) return nothing;
    const lang = this.language;
    return html`<section aria-labelledby="advanced" class="advanced">
      <h3 id="advanced">${localise(advanced.title, lang)}</h3>
      ${advanced.description ? html`<p class="guidance">${localise(advanced.description, lang)}</p>` : nothing}
      ${advanced.criteria.map((criterion) => {
        const base = `/advanced/${escapeToken(criterion.id)}`;
        const id = `advanced-${criterion.id}`;
        return html`<article class="performance" aria-labelledby=${id}>
          <h4 id=${id}>${localise(criterion.text, lang)}</h4>
          ${
            criterion.evidenceExamples?.length
              ? html`<div class="examples">
                  <p>${localise(rubricTerms.evidenceExamples, lang)}</p>
                  <ul>
                    ${criterion.evidenceExamples.map((e) => html`<li>${localise(e, lang)}</li>`)}
                  </ul>
                </div>`
              : nothing
          }
          ${this.renderPath(`${base}/achieved`)} ${this.renderPath(`${base}/evidence`)} ${this.renderPath(`${base}/mapsTo`)}
        </article>`;
      })}
    </section>`;
  }

  #closing(template: RubricTemplate): TemplateResult | typeof nothing {
    const closing = template.closing;
    if (!closing) return nothing;
    const lang = this.language;
    const questions = closing.keyQuestions ?? [];
    return html`<section aria-labelledby="closing" class="closing">
      <h3 id="closing">${localise(closing.title ?? rubricTerms.closing, lang)}</h3>
      ${
        questions.length
          ? html`<h4>${localise(closing.keyQuestionsTitle ?? rubricTerms.keyQuestions, lang)}</h4>
              ${questions.map((q) => this.renderPath(`/closing/answers/${escapeToken(q.id)}`))}`
          : nothing
      }
      ${this.renderPath('/closing/reflection')} ${this.renderPath('/closing/targets')}
      ${
        closing.verifications?.length
          ? html`<h4>${localise(rubricTerms.verification, lang)}</h4>
              <div class="verifications">${this.renderSignoffs()}</div>`
          : nothing
      }
      ${
        closing.comments?.length
          ? html`<h4>${localise(rubricTerms.comments, lang)}</h4>
              ${closing.comments.map((c) => {
                const comment = `/closing/comments/${escapeToken(c.role)}`;
                return html`${this.renderPath(`${comment}/text`)} ${this.renderByline(comment)}`;
              })}`
          : nothing
      }
    </section>`;
  }
}
