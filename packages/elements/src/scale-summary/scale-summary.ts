import { consume } from '@lit/context';
import { css, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { html } from '@mentorkit/core/templates/compact-html.js';
import { property, state } from 'lit/decorators.js';
// The engine's modules, not its index: the index reaches <mk-form> and its chunks, which this element does not use.
import { symbolGlyphs } from '@mentorkit/core/choice/choice.styles.js';
import { localise, type LocalisedText } from '@mentorkit/core/l10n/catalogue.js';
import { resolveLang } from '@mentorkit/core/l10n/lang.js';
import { formContext, type FormContext } from '@mentorkit/core/store/form-context.js';
import { parsePointer } from '@mentorkit/core/store/pointer.js';
import { cssProperties } from '@mentorkit/core/styles/css-properties.js';
import { tokens } from '@mentorkit/core/styles/tokens.js';
import { ThemeClasses } from '@mentorkit/core/styles/theme-classes.js';

/** A level of a rating scale as the summary shows it. */
export interface SummaryLevel {
  id: string;
  label: LocalisedText;
  symbol?: string;
  color?: string;
}

/**
 * Counts of ratings per level, as text ("Green 9 · Amber 4 · Red 2 · Not rated 1") and as a bar
 * whose segments carry the level's shape as well as its colour. It watches the form's store and
 * updates one count per change, so its cost does not grow with the number of rated items.
 *
 * @summary Rating counts per level, as text and a bar.
 * @csspart text - The counts as text.
 * @csspart bar - The bar.
 * @cssproperty --mk-scale-summary-bar-height - Height of the bar.
 */
export class MkScaleSummary extends LitElement {
  static override styles = [
    tokens,
    css`
      :host {
        display: block;
      }
      .text {
        margin: 0;
        font-variant-numeric: tabular-nums;
      }
      .bar {
        display: flex;
        block-size: var(--mk-scale-summary-bar-height, 0.9rem);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        overflow: hidden;
        margin-block-start: 0.25rem;
      }
      .segment {
        display: grid;
        place-items: center;
        background: var(--_segment, var(--_muted));
        color: #fff;
        font-size: 0.7em;
        line-height: 1;
        min-inline-size: 0;
      }
      .segment.none {
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
    `,
  ];

  /** The scale's levels, in order. */
  @property({ attribute: false }) levels: SummaryLevel[] = [];

  /** JSON Pointer of the ratings map in the record (`/ratings`): each entry `{ level }`. */
  @property() pointer = '/ratings';

  /** The ids of the rated items to count (all of the template's items, or one standard's). */
  @property({ attribute: false }) items: string[] = [];

  /** Text for items that have no rating yet. */
  @property({ attribute: false }) notRatedLabel: LocalisedText = 'Not rated';

  @consume({ context: formContext, subscribe: true })
  @state()
  private formContext?: FormContext;

  @state() private counts = new Map<string, number>();
  #levelOf = new Map<string, string | undefined>();
  #wanted = new Set<string>();
  #unsubscribe?: () => void;

  constructor() {
    super();
    // Gives the page the rules of the .mk-theme-* classes (styles/theme-classes.ts).
    new ThemeClasses(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.formContext) this.#watch();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('formContext') || changed.has('items') || changed.has('pointer')) this.#watch();
  }

  #watch(): void {
    this.#unsubscribe?.();
    const store = this.formContext?.store;
    if (!store) return;
    this.#wanted = new Set(this.items);
    this.#recount();
    const prefix = parsePointer(this.pointer).length;
    this.#unsubscribe = store.onChange((changed) => {
      if (changed === '' || changed === this.pointer || this.pointer.startsWith(changed + '/')) return this.#recount();
      if (!changed.startsWith(this.pointer + '/')) return;
      const id = parsePointer(changed)[prefix]!;
      if (this.#wanted.has(id)) this.#update(id);
    });
  }

  #levelAt(id: string): string | undefined {
    const entry = this.formContext!.store.get(`${this.pointer}/${id.replace(/~/g, '~0').replace(/\//g, '~1')}`) as
      { level?: string } | undefined;
    return entry?.level;
  }

  #recount(): void {
    this.#levelOf = new Map(this.items.map((id) => [id, this.#levelAt(id)]));
    const counts = new Map<string, number>();
    for (const level of this.#levelOf.values()) counts.set(level ?? '', (counts.get(level ?? '') ?? 0) + 1);
    this.counts = counts;
  }

  #update(id: string): void {
    const before = this.#levelOf.get(id);
    const after = this.#levelAt(id);
    if (before === after) return;
    this.#levelOf.set(id, after);
    const counts = new Map(this.counts);
    counts.set(before ?? '', (counts.get(before ?? '') ?? 1) - 1);
    counts.set(after ?? '', (counts.get(after ?? '') ?? 0) + 1);
    this.counts = counts;
  }

  override render(): TemplateResult {
    const lang = this.formContext?.lang ?? resolveLang(this);
    const total = this.items.length || 1;
    const rows = [
      ...this.levels.map((level) => ({
        key: level.id,
        label: localise(level.label, lang),
        symbol: level.symbol,
        color: level.color,
        count: this.counts.get(level.id) ?? 0,
      })),
      { key: '', label: localise(this.notRatedLabel, lang), symbol: undefined, color: undefined, count: this.counts.get('') ?? 0 },
    ];
    const text = rows
      .filter((row) => row.key !== '' || row.count > 0)
      .map((row) => `${row.label} ${row.count}`)
      .join(' · ');
    return html`<p class="text" part="text">${text}</p>
      <div class="bar" part="bar" aria-hidden="true">
        ${rows
          .filter((row) => row.count > 0)
          .map(
            (row) =>
              html`<span
                class="segment ${row.key ? '' : 'none'}"
                ${cssProperties({ flexGrow: String(row.count / total), '--_segment': row.color })}
                >${row.symbol ? symbolGlyphs[row.symbol] : ''}</span
              >`,
          )}
      </div>`;
  }
}
