import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
// The engine's modules, not its index: the index reaches <mk-form> and its chunks, which this element does not use.
import { symbolGlyphs } from '@mentorkit/core/choice/choice.styles.js';
import { afterLoading, localise, type LocalisedText } from '@mentorkit/core/l10n/catalogue.js';
import { LangController } from '@mentorkit/core/l10n/lang-controller.js';
import { cssProperties } from '@mentorkit/core/styles/css-properties.js';
import { surface, tokens } from '@mentorkit/core/styles/tokens.js';
import { visuallyHidden } from '@mentorkit/core/styles/visually-hidden.js';
import type { MkDateField } from '@mentorkit/core';
import type { AgreementRecord, AgreementTemplate, DocumentRecord, PlanRecord, PlanTemplate, Template } from '@mentorkit/schemas';
import { agreementTemplates } from '@mentorkit/schemas/kinds/agreement-templates.js';
import { observationTemplates } from '@mentorkit/schemas/kinds/observation-templates.js';
import { planTemplates } from '@mentorkit/schemas/kinds/plan-templates.js';
import { rubricTemplates } from '@mentorkit/schemas/kinds/rubric-templates.js';
import { loadTemplateText } from '@mentorkit/schemas/template-text.js';
import type { SigningState } from '../agreement/agreement-status.js';
import { isoToday } from '../development-plan/due-dates.js';
import { MkDrillDownEvent } from '../events/drill-down-event.js';
import { agreementStates, planProgress, reviewsByQuarter } from './cohort-progress.js';
import { cohortSummaryStyles } from './cohort-summary.styles.js';
import { cohortTerms, fillTerm } from './cohort-terms.js';
import { GridNavigationController, type GridPosition } from './grid-navigation.js';
import {
  appendToMatrix,
  countLevels,
  countsByGroup,
  emptyMatrix,
  filterRows,
  sortRows,
  type LevelMatrix,
  type RowFilter,
  type SortKey,
} from './rubric-matrix.js';
import { ThemeClasses } from '@mentorkit/core/styles/theme-classes.js';

/** The built-in templates of every kind (English; each language loads when the summary is read in it). */
const builtIn: Readonly<Record<string, Template>> = {
  ...observationTemplates,
  ...agreementTemplates,
  ...rubricTemplates,
  ...planTemplates,
};
/** Grid columns before the rated items: person (the row header), group, date. */
const factColumns = ['person', 'group', 'date'] as const;
const stateTerms: Record<SigningState, LocalisedText> = {
  draft: cohortTerms.draft,
  'partly-signed': cohortTerms.partlySigned,
  signed: cohortTerms.signed,
  changed: cohortTerms.changed,
};
const stateMarks: Record<SigningState, string> = { draft: '○', 'partly-signed': '◐', signed: '✔', changed: '!' };

function isRecordOf(template: Template, value: unknown): value is DocumentRecord {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const record = value as { kind?: unknown; template?: { id?: unknown } };
  return record.kind === template.kind && record.template?.id === template.id;
}

/**
 * A programme's view of many records of one template. Rubrics: a heatmap of people × criteria on the
 * template's scale (an ARIA grid: arrow keys, Home/End, PageUp/PageDown; each cell names person,
 * criterion and level), counts per standard and overall, filters by person, group, date and level, and
 * sorting by any column. Observations: the distribution of ratings per point, and one teacher's
 * observations over time. Plans: steps done, actions overdue and reviews due per person, and reviews
 * per quarter. Agreements:
 * draft, partly signed, signed or changed after signing. Opening a record fires `mk-drill-down`.
 *
 * Records of other templates, and values that are not records, are left out. Pages of records can be
 * added as they arrive with `appendRecords()`. Only the heatmap rows in view are rendered (all of
 * them when printing), so 5,000 records of a 21-criterion rubric render and sort without lag.
 *
 * @summary Many records of one template at a glance: heatmap, counts, distributions, progress, status.
 * @event mk-drill-down - `MkDrillDownEvent`: the user opened a record (`recordId`, `record`, `itemId`).
 * @csspart filters - The filter controls.
 * @csspart counts - The counts per level.
 * @csspart grid - The heatmap grid (the scrolling element).
 * @csspart table - Each summary table.
 * @cssproperty --mk-cohort-summary-height - Height of the heatmap before it scrolls.
 * @cssproperty --mk-cohort-summary-cell-width - Width of a heatmap cell.
 * @cssproperty --mk-cohort-summary-person-width - Width of the person column.
 */
export class MkCohortSummary extends LitElement {
  static override styles = [tokens, surface, visuallyHidden, cohortSummaryStyles];

  /** The template the records were made from: a template object, or a built-in template's id. */
  @property({ attribute: 'template', converter: { fromAttribute: (value) => value } }) template?: Template | string;

  /** The records (all of one template). Setting it replaces what is shown; see `appendRecords()` for pages. */
  @property({ attribute: false }) records: DocumentRecord[] = [];

  /** The day plans' due dates are read against (YYYY-MM-DD); today by default. */
  @property() today: string = isoToday();

  /** Observations: the observed teacher (id, or name when records have no ids) whose observations are shown over time. */
  @property() teacher = '';

  @state() private filter: RowFilter = {};
  @state() private sort: { key: SortKey; direction: 'ascending' | 'descending'; column: number } = {
    key: { by: 'person' },
    direction: 'ascending',
    column: 0,
  };
  @state() private states: SigningState[] | undefined;

  #lang = new LangController(this);
  #matrix?: LevelMatrix;
  /** The language the matrix's item titles were taken in. */
  #matrixLang?: string;
  #rows: number[] = [];
  /** What was typed in each date bound, kept when it is not a date (and so not in the filter). */
  readonly #typedBounds: { from?: string; to?: string } = {};
  #statesFor?: readonly DocumentRecord[];
  #grid = new GridNavigationController(this, {
    rowCount: () => this.#rows.length,
    colCount: () => factColumns.length + (this.#matrix?.items.length ?? 0),
    scroller: () => this.renderRoot.querySelector<HTMLElement>('.scroller'),
    cell: ({ row, col }) => this.renderRoot.querySelector<HTMLElement>(`[data-row="${row}"][data-col="${col}"]`),
    activate: (position) => this.#activate(position),
  });

  /** The template object, if `template` names one. */
  get resolvedTemplate(): Template | undefined {
    const given = this.template;
    const template = typeof given === 'string' ? (Object.hasOwn(builtIn, given) ? builtIn[given] : undefined) : given;
    return template && typeof template === 'object' && typeof template.kind === 'string' ? template : undefined;
  }

  /** Adds a page of records to those shown, without recomputing the ones already there. */
  appendRecords(records: readonly DocumentRecord[]): void {
    const template = this.resolvedTemplate;
    if (!template || !Array.isArray(records)) return;
    const page = records.filter((record) => isRecordOf(template, record));
    this.#matrix = appendToMatrix(this.#matrix ?? emptyMatrix(template, this.#lang.value), page);
    this.#matrixLang ??= this.#lang.value;
    this.records = this.#matrix.records;
  }

  /** Holds each update until the template's text in the summary's language has loaded (bounded, as the elements do). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const late = () => {
      this.#matrixLang = undefined;
      this.requestUpdate();
    };
    return afterLoading(loadTemplateText(this.resolvedTemplate, this.#lang.value), late, () => super.scheduleUpdate());
  }

  constructor() {
    super();
    // Gives the page the rules of the .mk-theme-* classes (styles/theme-classes.ts).
    new ThemeClasses(this);
  }

  protected override willUpdate(changed: PropertyValues): void {
    const template = this.resolvedTemplate;
    if (!template) return;
    const lang = this.#lang.value;
    const rebuild =
      changed.has('template') || (changed.has('records') && this.records !== this.#matrix?.records) || lang !== this.#matrixLang;
    if (rebuild) {
      const records = Array.isArray(this.records) ? this.records.filter((record) => isRecordOf(template, record)) : [];
      this.#matrix = appendToMatrix(emptyMatrix(template, lang), records);
      this.#matrixLang = lang;
    }
    if (rebuild || changed.has('records') || changed.has('filter') || changed.has('sort')) {
      this.#rows = sortRows(this.#matrix!, filterRows(this.#matrix!, this.filter), this.sort.key, this.sort.direction, this.#lang.value);
      this.#grid.clamp();
    }
    if (template.kind === 'agreement' && this.#statesFor !== this.#matrix!.records) this.#checkSignatures(template);
  }

  #checkSignatures(template: AgreementTemplate): void {
    const records = this.#matrix!.records as AgreementRecord[];
    this.#statesFor = records;
    this.states = undefined;
    void agreementStates(template, records).then((states) => {
      if (this.#statesFor === records) this.states = states;
    });
  }

  #t(term: LocalisedText): string {
    return localise(term, this.#lang.value);
  }

  #open(row: number, itemId?: string): void {
    const matrix = this.#matrix!;
    this.dispatchEvent(new MkDrillDownEvent(matrix.facts[row]!.id, matrix.records[row]!, itemId));
  }

  #activate({ row, col }: GridPosition): void {
    if (row < 0) return this.#sortBy(col);
    const record = this.#rows[row]!;
    const item = col >= factColumns.length ? this.#matrix!.items[col - factColumns.length]?.id : undefined;
    this.#open(record, item);
  }

  #sortBy(column: number): void {
    const key: SortKey = column < factColumns.length ? { by: factColumns[column]! } : { by: 'item', item: column - factColumns.length };
    const direction = this.sort.column === column && this.sort.direction === 'ascending' ? 'descending' : 'ascending';
    this.sort = { key, direction, column };
  }

  #setFilter(change: Partial<RowFilter>): void {
    this.filter = { ...this.filter, ...change };
  }

  override render(): TemplateResult {
    const template = this.resolvedTemplate;
    if (!template || !this.#matrix) return html`<p role="status">${this.#t(cohortTerms.noRecords)}</p>`;
    switch (template.kind) {
      case 'rubric':
        return html`${this.#renderFilters()}${this.#renderCounts()}${this.#renderHeatmap()}`;
      case 'observation':
        return html`${this.#renderDistribution()}${this.#renderOverTime()}`;
      case 'plan':
        return this.#renderPlans(template);
      case 'agreement':
        return this.#renderAgreements();
    }
  }

  #levelText(rank: number): string {
    const level = this.#matrix!.levels[rank - 1];
    return level ? localise(level.label, this.#lang.value) : this.#t(cohortTerms.notRated);
  }

  #glyph(rank: number): string {
    const symbol = this.#matrix!.levels[rank - 1]?.symbol;
    return symbol ? (symbolGlyphs[symbol] ?? '') : '·';
  }

  /** The scale's colours as `--_l1…`, set once on a wrapper (through the CSSOM: no inline style). */
  #levelColours(): Record<string, string | undefined> {
    return Object.fromEntries(this.#matrix!.levels.slice(0, 10).map((level, index) => [`--_l${index + 1}`, level.color]));
  }

  #renderFilters(): TemplateResult {
    const matrix = this.#matrix!;
    const groups = [...new Set(matrix.facts.map((facts) => facts.group).filter(Boolean))].sort();
    return html`<div class="filters" part="filters">
      <label
        >${this.#t(cohortTerms.person)}
        <input
          type="search"
          .value=${this.filter.person ?? ''}
          @input=${(e: Event) => this.#setFilter({ person: (e.target as HTMLInputElement).value })}
      /></label>
      <label
        >${this.#t(cohortTerms.group)}
        <select @change=${(e: Event) => this.#setFilter({ group: (e.target as HTMLSelectElement).value || undefined })}>
          <option value="">${this.#t(cohortTerms.allGroups)}</option>
          ${groups.map((group) => html`<option .value=${group} ?selected=${this.filter.group === group}>${group}</option>`)}
        </select></label
      >
      ${this.#renderDateFilter('from')} ${this.#renderDateFilter('to')}
      <label
        >${this.#t(cohortTerms.level)}
        <select @change=${(e: Event) => this.#setFilter({ level: (e.target as HTMLSelectElement).value || undefined })}>
          <option value="">${this.#t(cohortTerms.anyLevel)}</option>
          ${matrix.levels.map(
            (level) =>
              html`<option .value=${level.id} ?selected=${this.filter.level === level.id}>
                ${localise(level.label, this.#lang.value)}
              </option>`,
          )}
        </select></label
      >
      <p role="status">${fillTerm(this.#t(cohortTerms.shown), { shown: this.#rows.length, total: matrix.records.length })}</p>
    </div>`;
  }

  /** The button that opens a row's record, named by what tells the row apart (its person or date). */
  #openButton(index: number, whose: string): TemplateResult {
    return html`<button class="open" @click=${() => this.#open(index)}>
      ${this.#t(cohortTerms.open)}<span class="visually-hidden"> ${whose}</span>
    </button>`;
  }

  /**
   * A date bound of the filter, typed in the page's language like every Mentorkit date (the native date
   * input follows the browser's locale instead). Text that is not a date leaves the bound unset and says so.
   */
  #renderDateFilter(bound: 'from' | 'to'): TemplateResult {
    return html`<mk-date-field
      class="date-filter"
      .label=${this.#t(cohortTerms[bound])}
      .value=${this.filter[bound] ?? this.#typedBounds[bound] ?? ''}
      @change=${(e: Event) => {
        const field = e.target as MkDateField;
        this.#typedBounds[bound] = field.value;
        this.#setFilter({ [bound]: field.checkValidity() && field.value ? field.value : undefined });
      }}
    ></mk-date-field>`;
  }

  #countText(counts: Uint32Array): string {
    const ranks = [...this.#matrix!.levels.keys()].map((index) => index + 1).reverse();
    const parts = ranks.map((rank) => `${this.#glyph(rank)} ${this.#levelText(rank)} ${counts[rank]}`);
    if (counts[0]) parts.push(`${this.#t(cohortTerms.notRated)} ${counts[0]}`);
    return parts.join(' · ');
  }

  #renderCounts(): TemplateResult {
    const matrix = this.#matrix!;
    const counts = countLevels(matrix, this.#rows);
    const groups = countsByGroup(matrix, counts);
    const ranks = matrix.levels.map((_, index) => index + 1).reverse();
    return html`<section part="counts" aria-labelledby="counts-title">
      <h2 id="counts-title">${this.#t(cohortTerms.counts)}</h2>
      <p class="counts"><strong>${this.#t(cohortTerms.overall)}:</strong> ${this.#countText(counts.overall)}</p>
      <table part="table" ${cssProperties(this.#levelColours())}>
        <thead>
          <tr>
            <th scope="col">${this.#t(cohortTerms.standard)}</th>
            ${ranks.map((rank) => html`<th scope="col" class="level rank-${rank}"><span aria-hidden="true">${this.#glyph(rank)}</span> ${this.#levelText(rank)}</th>`)}
            <th scope="col">${this.#t(cohortTerms.notRated)}</th>
          </tr>
        </thead>
        <tbody>
          ${groups.map(
            (group) =>
              html`<tr>
                <th scope="row">${group.title}</th>
                ${ranks.map((rank) => html`<td class="number">${group.counts[rank]}</td>`)}
                <td class="number">${group.counts[0]}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </section>`;
  }

  /** Short column heading of an item: its standard's and its own number (1.3), or its number (3). */
  #itemCodes(): string[] {
    const groups: string[] = [];
    const seen = new Map<string, number>();
    return this.#matrix!.items.map((item) => {
      if (!item.groupId) return String(seen.set('', (seen.get('') ?? 0) + 1).get(''));
      if (!groups.includes(item.groupId)) groups.push(item.groupId);
      seen.set(item.groupId, (seen.get(item.groupId) ?? 0) + 1);
      return `${groups.indexOf(item.groupId) + 1}.${seen.get(item.groupId)}`;
    });
  }

  #tabindex(row: number, col: number): string {
    const { active } = this.#grid;
    return active.row === row && active.col === col ? '0' : '-1';
  }

  #renderHeatmap(): TemplateResult {
    const matrix = this.#matrix!;
    const lang = this.#lang.value;
    const items = matrix.items;
    const codes = this.#itemCodes();
    const [start, end] = this.#grid.range;
    const width = items.length;
    const headers = [this.#t(cohortTerms.person), this.#t(cohortTerms.group), this.#t(cohortTerms.date)];
    const sortOf = (col: number) => (this.sort.column === col ? this.sort.direction : nothing);
    const rows: TemplateResult[] = [];
    for (let position = start; position < end; position++) {
      const record = this.#rows[position]!;
      const facts = matrix.facts[record]!;
      const cells: TemplateResult[] = [];
      for (let column = 0; column < width; column++) {
        const rank = matrix.cells[record * width + column]!;
        const col = column + factColumns.length;
        cells.push(
          html`<div
            role="gridcell"
            class="cell level rank-${rank} ${rank ? '' : 'none'}"
            data-row=${position}
            data-col=${col}
            tabindex=${this.#tabindex(position, col)}
            aria-label="${facts.person}, ${codes[column]} ${items[column]!.title}: ${this.#levelText(rank)}"
          >
            <span aria-hidden="true">${this.#glyph(rank)}</span>
          </div>`,
        );
      }
      rows.push(
        html`<div role="row" class="row" data-body-row aria-rowindex=${position + 2}>
          <div role="rowheader" class="cell text" data-row=${position} data-col="0" tabindex=${this.#tabindex(position, 0)}>
            ${facts.person}
          </div>
          <div role="gridcell" class="cell text" data-row=${position} data-col="1" tabindex=${this.#tabindex(position, 1)}>
            ${facts.group}
          </div>
          <div role="gridcell" class="cell text" data-row=${position} data-col="2" tabindex=${this.#tabindex(position, 2)}>
            ${facts.date}
          </div>
          ${cells}
        </div>`,
      );
    }
    return html`<section aria-labelledby="heatmap-title">
      <h2 id="heatmap-title">${this.#t(cohortTerms.heatmap)}</h2>
      <ul class="legend" ${cssProperties(this.#levelColours())}>
        ${matrix.levels.map(
          (level, index) =>
            html`<li>
              <span class="mark level rank-${index + 1}" aria-hidden="true">${this.#glyph(index + 1)}</span> ${localise(level.label, lang)}
            </li>`,
        )}
        <li><span class="mark none" aria-hidden="true">·</span> ${this.#t(cohortTerms.notRated)}</li>
      </ul>
      ${this.#rows.length ? nothing : html`<p>${this.#t(cohortTerms.noRecords)}</p>`}
      <div
        class="scroller"
        part="grid"
        role="grid"
        aria-labelledby="heatmap-title"
        aria-rowcount=${this.#rows.length + 1}
        aria-colcount=${factColumns.length + width}
        ${cssProperties({ '--_items': String(width), ...this.#levelColours() })}
        @scroll=${() => this.#grid.onScroll()}
        @keydown=${(event: KeyboardEvent) => this.#grid.onKeyDown(event)}
        @focusin=${this.#onFocusIn}
        @click=${this.#onClick}
      >
        <div role="rowgroup">
          <div role="row" class="row header" data-header-row aria-rowindex="1">
            ${headers.map(
              (text, col) =>
                html`<div
                  role="columnheader"
                  class="cell"
                  data-row="-1"
                  data-col=${col}
                  tabindex=${this.#tabindex(-1, col)}
                  aria-sort=${sortOf(col)}
                  aria-label=${text}
                >
                  ${text}
                </div>`,
            )}
            ${items.map((item, column) => {
              const col = column + factColumns.length;
              return html`<div
                role="columnheader"
                class="cell"
                data-row="-1"
                data-col=${col}
                tabindex=${this.#tabindex(-1, col)}
                aria-sort=${sortOf(col)}
                aria-label="${codes[column]} ${item.title}"
                title=${item.text}
              >
                ${codes[column]}
              </div>`;
            })}
          </div>
        </div>
        <div role="rowgroup">
          <div aria-hidden="true" ${cssProperties({ blockSize: `${start * this.#grid.rowHeight}px` })}></div>
          ${rows}
          <div aria-hidden="true" ${cssProperties({ blockSize: `${(this.#rows.length - end) * this.#grid.rowHeight}px` })}></div>
        </div>
      </div>
    </section>`;
  }

  #positionOf(event: Event): GridPosition | undefined {
    const cell = (event.target as HTMLElement).closest?.<HTMLElement>('[data-col]');
    if (!cell) return undefined;
    return { row: Number(cell.dataset['row']), col: Number(cell.dataset['col']) };
  }

  #onFocusIn = (event: FocusEvent) => {
    const position = this.#positionOf(event);
    if (position) this.#grid.onFocusIn(position);
  };

  #onClick = (event: MouseEvent) => {
    const position = this.#positionOf(event);
    if (position) this.#activate(position);
  };

  #renderDistribution(): TemplateResult {
    const matrix = this.#matrix!;
    const all = matrix.facts.map((_, index) => index);
    const counts = countLevels(matrix, all);
    const ranks = matrix.levels.map((_, index) => index + 1).reverse();
    return html`<section aria-labelledby="distribution-title">
      <h2 id="distribution-title">${this.#t(cohortTerms.distribution)}</h2>
      <table part="table" ${cssProperties(this.#levelColours())}>
        <thead>
          <tr>
            <th scope="col">${this.#t(cohortTerms.point)}</th>
            ${ranks.map((rank) => html`<th scope="col"><span aria-hidden="true">${this.#glyph(rank)}</span> ${this.#levelText(rank)}</th>`)}
            <th scope="col">${this.#t(cohortTerms.notRated)}</th>
            <th scope="col"><span class="visually-hidden">${this.#t(cohortTerms.distribution)}</span></th>
          </tr>
        </thead>
        <tbody>
          ${matrix.items.map((item, column) => {
            const row = counts.byItem[column]!;
            return html`<tr>
              <th scope="row">${item.title}</th>
              ${ranks.map((rank) => html`<td class="number">${row[rank]}</td>`)}
              <td class="number">${row[0]}</td>
              <td>
                <div class="bar" aria-hidden="true">
                  ${ranks.map((rank) => html`<span class="level rank-${rank}" ${cssProperties({ flexGrow: String(row[rank]) })}></span>`)}
                </div>
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
    </section>`;
  }

  #renderOverTime(): TemplateResult {
    const matrix = this.#matrix!;
    const teachers = new Map<string, string>();
    for (const facts of matrix.facts) if (facts.person) teachers.set(facts.personId ?? facts.person, facts.person);
    const chosen = this.teacher && teachers.has(this.teacher) ? this.teacher : [...teachers.keys()][0];
    const rows = matrix.facts
      .map((facts, index) => ({ facts, index }))
      .filter(({ facts }) => (facts.personId ?? facts.person) === chosen)
      .sort((a, b) => a.facts.date.localeCompare(b.facts.date));
    const width = matrix.items.length;
    return html`<section aria-labelledby="over-time-title">
      <h2 id="over-time-title">${this.#t(cohortTerms.overTime)}</h2>
      <div class="filters" part="filters">
        <label
          >${this.#t(cohortTerms.teacher)}
          <select @change=${(e: Event) => (this.teacher = (e.target as HTMLSelectElement).value)}>
            ${[...teachers].map(([id, name]) => html`<option .value=${id} ?selected=${id === chosen}>${name}</option>`)}
          </select></label
        >
      </div>
      <table part="table" ${cssProperties(this.#levelColours())}>
        <thead>
          <tr>
            <th scope="col">${this.#t(cohortTerms.date)}</th>
            ${matrix.items.map((item) => html`<th scope="col">${item.title}</th>`)}
            <th scope="col"><span class="visually-hidden">${this.#t(cohortTerms.open)}</span></th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            ({ facts, index }) =>
              html`<tr>
                <th scope="row">${facts.date}</th>
                ${matrix.items.map((_, column) => {
                  const rank = matrix.cells[index * width + column]!;
                  return html`<td class="level rank-${rank}">
                    <span aria-hidden="true">${this.#glyph(rank)}</span> ${this.#levelText(rank)}
                  </td>`;
                })}
                <td>${this.#openButton(index, facts.date)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </section>`;
  }

  #renderPlans(template: PlanTemplate): TemplateResult {
    const matrix = this.#matrix!;
    return html`<section aria-labelledby="plans-title">
        <h2 id="plans-title">${this.#t(cohortTerms.progress)}</h2>
        <table part="table">
          <thead>
            <tr>
              ${[
                cohortTerms.person,
                cohortTerms.group,
                cohortTerms.stepsDone,
                cohortTerms.actionsOverdue,
                cohortTerms.reviewsDone,
                cohortTerms.reviewsOverdue,
                cohortTerms.nextReview,
              ].map((term) => html`<th scope="col">${this.#t(term)}</th>`)}
              <th scope="col"><span class="visually-hidden">${this.#t(cohortTerms.open)}</span></th>
            </tr>
          </thead>
          <tbody>
            ${matrix.records.map((record, index) => {
              const facts = matrix.facts[index]!;
              const progress = planProgress(template, record as PlanRecord, this.today);
              return html`<tr>
                <th scope="row">${facts.person}</th>
                <td>${facts.group}</td>
                <td class="number">${progress.stepsDone} / ${progress.steps}</td>
                <td class="number">
                  ${progress.actionsOverdue ? html`<span aria-hidden="true">! </span>` : nothing}${progress.actionsOverdue}
                </td>
                <td class="number">${progress.reviewsDone}</td>
                <td class="number">
                  ${progress.reviewsOverdue ? html`<span aria-hidden="true">! </span>` : nothing}${progress.reviewsOverdue}
                </td>
                <td>${progress.nextReview ?? ''}</td>
                <td>${this.#openButton(index, facts.person)}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="reviews-title">
        <h2 id="reviews-title">${this.#t(cohortTerms.reviewsOverTime)}</h2>
        <table part="table">
          <thead>
            <tr>
              ${[cohortTerms.quarter, cohortTerms.reviews, cohortTerms.plansReviewed].map((term) => html`<th scope="col">${this.#t(term)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${reviewsByQuarter(matrix.records as PlanRecord[]).map(
              (row) =>
                html`<tr>
                  <th scope="row">${row.quarter}</th>
                  <td class="number">${row.reviews}</td>
                  <td class="number">${row.plans}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </section>`;
  }

  #renderAgreements(): TemplateResult {
    const matrix = this.#matrix!;
    const states = this.states;
    const tally = new Map<SigningState, number>();
    for (const state of states ?? []) tally.set(state, (tally.get(state) ?? 0) + 1);
    return html`<section aria-labelledby="agreements-title">
      <h2 id="agreements-title">${this.#t(cohortTerms.status)}</h2>
      <p class="counts" part="counts" role="status">
        ${
          states
            ? (Object.keys(stateTerms) as SigningState[])
                .map((state) => `${stateMarks[state]} ${this.#t(stateTerms[state])} ${tally.get(state) ?? 0}`)
                .join(' · ')
            : this.#t(cohortTerms.checking)
        }
      </p>
      <table part="table">
        <thead>
          <tr>
            ${[cohortTerms.parties, cohortTerms.group, cohortTerms.date, cohortTerms.status].map((term) => html`<th scope="col">${this.#t(term)}</th>`)}
            <th scope="col"><span class="visually-hidden">${this.#t(cohortTerms.open)}</span></th>
          </tr>
        </thead>
        <tbody>
          ${matrix.records.map((_, index) => {
            const facts = matrix.facts[index]!;
            const state = states?.[index];
            return html`<tr>
              <th scope="row">${facts.person}</th>
              <td>${facts.group}</td>
              <td>${facts.date}</td>
              <td>
                ${state ? html`<span class="mark" aria-hidden="true">${stateMarks[state]}</span> ${this.#t(stateTerms[state])}` : '…'}
              </td>
              <td>${this.#openButton(index, facts.person)}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </section>`;
  }
}
