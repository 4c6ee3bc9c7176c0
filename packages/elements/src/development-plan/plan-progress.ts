import { consume } from '@lit/context';
import { css, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { html } from '@mentorkit/core/templates/compact-html.js';
import { property, state } from 'lit/decorators.js';
import {
  escapeToken,
  formContext,
  localise,
  parsePointer,
  resolveLang,
  symbolGlyphs,
  tokens,
  type FormContext,
  type LocalisedText,
} from '@mentorkit/core';
import { actionStatuses, stepStatuses } from './plan-schema.js';
import { planTerms } from './plan-terms.js';

/** A step as the progress counts it. */
export interface ProgressStep {
  id: string;
  optional: boolean;
}

interface StepCount {
  /** The step's status, or undefined while it is switched off. */
  status?: string;
  actions: string[];
}

type Tally = Map<string, number>;

/**
 * Progress of a plan at a glance: its steps and their planned actions by status (done, in
 * progress, not started…), each as text and as a bar whose segments carry a shape as well as a
 * colour. Steps switched off are not counted. It watches the form's store and, on a change, counts
 * only the step that changed (its status and its actions' statuses; typing in a text field costs
 * nothing), so its cost does not grow with the size of the plan.
 *
 * @summary Counts of steps and actions by status, as text and bars.
 * @csspart steps - The steps' row.
 * @csspart actions - The actions' row.
 * @csspart text - The counts as text.
 * @csspart bar - A bar.
 * @cssproperty --mk-plan-progress-bar-height - Height of the bars.
 * @cssproperty --mk-plan-progress-done-color - Colour of done.
 * @cssproperty --mk-plan-progress-in-progress-color - Colour of in progress.
 */
export class MkPlanProgress extends LitElement {
  static override styles = [
    tokens,
    css`
      :host {
        display: block;
        --_done: var(--mk-plan-progress-done-color, #1e7a3c);
        --_doing: var(--mk-plan-progress-in-progress-color, #8a5a00);
      }
      .row {
        margin-block-end: 0.5rem;
      }
      .text {
        margin: 0;
        font-variant-numeric: tabular-nums;
      }
      .text strong {
        margin-inline-end: 0.25em;
      }
      .bar {
        display: flex;
        block-size: var(--mk-plan-progress-bar-height, 0.9rem);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        overflow: hidden;
        margin-block-start: 0.25rem;
      }
      .segment {
        flex: 1 1 0;
        display: grid;
        place-items: center;
        color: #fff;
        background: var(--_muted);
        font-size: 0.7em;
        line-height: 1;
        min-inline-size: 0;
      }
      .segment.done {
        background: var(--_done);
      }
      .segment.inProgress {
        background: var(--_doing);
      }
      .segment.planned,
      .segment.notStarted {
        color: var(--_fg);
        background: repeating-linear-gradient(45deg, transparent 0 4px, color-mix(in srgb, var(--_muted) 35%, transparent) 4px 8px);
      }
      @media (forced-colors: active) {
        .segment {
          border-inline-end: 1px solid CanvasText;
          forced-color-adjust: none;
          background: Canvas;
          color: CanvasText;
        }
      }
      @media print {
        .segment {
          print-color-adjust: exact;
        }
      }
    `,
  ];

  /** The template's steps, in order. */
  @property({ attribute: false }) steps: ProgressStep[] = [];

  @consume({ context: formContext, subscribe: true })
  @state()
  private formContext?: FormContext;

  @state() private stepTally: Tally = new Map();
  @state() private actionTally: Tally = new Map();
  #counts = new Map<string, StepCount>();
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
    if (changed.has('formContext') || changed.has('steps')) this.#watch();
  }

  #watch(): void {
    this.#unsubscribe?.();
    const store = this.formContext?.store;
    if (!store) return;
    this.#recountAll();
    const ids = new Set(this.steps.map((s) => s.id));
    this.#unsubscribe = store.onChange((pointer) => {
      if (pointer === '' || pointer === '/steps') return this.#recountAll();
      if (!pointer.startsWith('/steps/')) return;
      const [, id, part, , field] = parsePointer(pointer);
      if (!ids.has(id!)) return;
      // Only a step's switch, status and actions (added, removed, moved or their status) change the counts.
      if (
        part === undefined ||
        part === 'enabled' ||
        part === 'status' ||
        (part === 'actions' && (field === undefined || field === 'status'))
      )
        this.#recountStep(id!);
    });
  }

  #read(step: ProgressStep): StepCount {
    const store = this.formContext!.store;
    const base = `/steps/${escapeToken(step.id)}`;
    if (step.optional && store.get(`${base}/enabled`) === false) return { actions: [] };
    const actions = store.get(`${base}/actions`);
    return {
      status: (store.get(`${base}/status`) as string | undefined) ?? 'notStarted',
      actions: Array.isArray(actions) ? actions.map((a) => (a as { status?: string } | null)?.status ?? 'planned') : [],
    };
  }

  #recountAll(): void {
    this.#counts = new Map(this.steps.map((step) => [step.id, this.#read(step)]));
    const stepTally: Tally = new Map();
    const actionTally: Tally = new Map();
    for (const count of this.#counts.values()) add(stepTally, actionTally, count, 1);
    this.stepTally = stepTally;
    this.actionTally = actionTally;
  }

  #recountStep(id: string): void {
    const step = this.steps.find((s) => s.id === id)!;
    const stepTally = new Map(this.stepTally);
    const actionTally = new Map(this.actionTally);
    add(stepTally, actionTally, this.#counts.get(id) ?? { actions: [] }, -1);
    const count = this.#read(step);
    this.#counts.set(id, count);
    add(stepTally, actionTally, count, 1);
    this.stepTally = stepTally;
    this.actionTally = actionTally;
  }

  override render(): TemplateResult {
    const lang = this.formContext?.lang ?? resolveLang(this);
    return html`${this.#row('steps', planTerms.steps, stepStatuses, this.stepTally, lang)}
    ${this.#row('actions', planTerms.actions, actionStatuses, this.actionTally, lang)}`;
  }

  #row(
    part: string,
    title: LocalisedText,
    statuses: readonly { id: string; label: LocalisedText; symbol: string }[],
    tally: Tally,
    lang: string,
  ): TemplateResult {
    const total = [...tally.values()].reduce((a, b) => a + b, 0);
    // Read as "done, in progress, not started", then the rest (not done, skipped) when there are any.
    const rows = [2, 1, 0, 3].map((i) => ({ ...statuses[i]!, count: tally.get(statuses[i]!.id) ?? 0 }));
    const text =
      total === 0 && part === 'actions'
        ? localise(planTerms.noActions, lang)
        : rows
            .filter((r, i) => r.count > 0 || i < 3)
            .map((r) => `${localise(r.label, lang)} ${r.count}`)
            .join(' · ');
    return html`<div class="row" part=${part}>
      <p class="text" part="text"><strong>${localise(title, lang)}:</strong> ${text}</p>
      ${
        total
          ? html`<div class="bar" part="bar" aria-hidden="true">
              ${rows.flatMap((r) =>
                // One cell per item (no inline style, so a strict CSP allows it); the group's shape on its first cell.
                Array.from(
                  { length: r.count },
                  (_, i) => html`<span class="segment ${r.id}">${i === 0 ? symbolGlyphs[r.symbol] : ''}</span>`,
                ),
              )}
            </div>`
          : ''
      }
    </div>`;
  }
}

function add(stepTally: Tally, actionTally: Tally, count: StepCount, sign: 1 | -1): void {
  if (count.status !== undefined) stepTally.set(count.status, (stepTally.get(count.status) ?? 0) + sign);
  for (const status of count.actions) actionTally.set(status, (actionTally.get(status) ?? 0) + sign);
}
