import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { localise } from '../l10n/catalogue.js';
import { fieldClasses } from '../form-control/field-template.js';
import { MkFormControl } from '../form-control/form-control.js';
import { checkConstraints } from '../validation/constraints.js';
import type { Problem } from '../validation/problem.js';
import { coordinate, isDrawing, paintDrawing, paintSegment, type SignatureDrawing, type SignatureValue } from './signature-drawing.js';
import { signatureStyles } from './signature.styles.js';
import { signatureTerms as t } from './signature-terms.js';

export type { SignatureDrawing, SignatureValue } from './signature-drawing.js';

/**
 * A signature: the signer types their full name (the default, and all a keyboard needs) or draws it
 * with a mouse, finger or pen on a canvas (Pointer Events with pointer capture). A drawing is kept as
 * SVG path data in its box (`{ svgPath, width, height }`, the common schema's `drawing`).
 *
 * Form value: the typed name, or for a drawing a PNG data URL of the canvas. Model value (inside
 * `<mk-form>`, bound by `path`): `{ method: 'typed', typedName }` or `{ method: 'drawn', drawing }`.
 *
 * @summary Signature by typed name or drawing, form-associated.
 * @event input - The typed name or the drawing changed.
 * @event change - The user committed a change (left the name field, finished a stroke, cleared).
 * @csspart base - The fieldset around the signature.
 * @csspart label - The legend.
 * @csspart hint - The help text.
 * @csspart control - The name input.
 * @csspart preview - The typed name shown in a handwriting face.
 * @csspart canvas - The drawing area.
 * @csspart clear-button - The button that clears the drawing.
 * @csspart method-button - The button that switches between typing and drawing.
 * @csspart error - The error message.
 * @cssproperty --mk-signature-height - Height of the drawing area (default 10rem).
 * @cssproperty --mk-signature-ink - Colour of the pen (default: the text colour).
 * @cssproperty --mk-signature-font - Font of the typed-name preview.
 * @cssstate user-invalid - Empty while required (or too long), after interaction or submit.
 * @cssstate user-valid - Filled in, after interaction.
 * @cssstate drawn - The signature is a drawing.
 */
export class MkSignature extends MkFormControl {
  static override styles = signatureStyles;

  /** The default typed name (what the field holds at first and after a form reset). */
  @property({ attribute: 'value' }) defaultValue = '';

  /** How the signer signs: `typed` (a name) or `drawn` (on the canvas). The attribute is the default. */
  @property() method: 'typed' | 'drawn' = 'typed';

  @state() private announcement = '';

  @query('#control') private input?: HTMLInputElement;
  @query('canvas') private canvas?: HTMLCanvasElement;

  #value?: string;
  #drawing?: SignatureDrawing;
  #defaultMethod?: 'typed' | 'drawn';
  #png: string | null = null;
  /** Drawing units per CSS pixel of the current canvas; points are stored in the drawing's box. */
  #scale = 1;
  #stroke?: { pointerId: number; last: [number, number] };
  #resize?: ResizeObserver;
  #observed?: HTMLCanvasElement;

  /** The typed name, live. */
  get value(): string {
    return this.#value ?? this.defaultValue;
  }
  set value(value: string) {
    const old = this.value;
    this.#value = value == null ? '' : String(value);
    this.requestUpdate('value', old);
    this.internals.setFormValue(this.formValue());
  }

  /** The drawing, live (undefined when nothing is drawn). */
  get drawing(): SignatureDrawing | undefined {
    return this.#drawing;
  }
  set drawing(drawing: SignatureDrawing | undefined) {
    const old = this.#drawing;
    this.#drawing = isDrawing(drawing) ? { svgPath: drawing.svgPath, width: drawing.width, height: drawing.height } : undefined;
    this.requestUpdate('drawing', old);
  }

  /** The signature as it goes into a record, or undefined while there is none. */
  get signature(): SignatureValue | undefined {
    if (this.method === 'drawn') return this.#drawing ? { method: 'drawn', drawing: { ...this.#drawing } } : undefined;
    const name = this.value.trim();
    return name ? { method: 'typed', typedName: name } : undefined;
  }

  get modelValue(): unknown {
    return this.signature;
  }
  set modelValue(value: unknown) {
    const v = value as Partial<{ method: string; typedName: string; drawing: SignatureDrawing }> | string | null | undefined;
    if (typeof v === 'string' || v == null) {
      this.method = 'typed';
      this.value = v ?? '';
    } else if (v.method === 'drawn') {
      this.method = 'drawn';
      this.drawing = v.drawing;
    } else {
      this.method = 'typed';
      this.value = v.typedName ?? '';
    }
  }

  protected formValue(): string | null {
    if (this.method === 'drawn') return this.#drawing ? this.#png : null;
    return this.value;
  }

  protected resetValue(): void {
    this.#value = undefined;
    this.#drawing = undefined;
    this.method = this.#defaultMethod ?? 'typed';
  }

  protected get anchor() {
    return this.method === 'drawn' ? this.canvas : this.input;
  }

  protected override restoreState(state: string): void {
    try {
      const parsed = JSON.parse(state) as unknown;
      if (parsed && typeof parsed === 'object') {
        this.modelValue = parsed;
        return;
      }
    } catch {
      // Not JSON: a typed name.
    }
    this.modelValue = state;
  }

  protected override checkValue(): Problem | undefined {
    const pointer = this.path ?? '';
    if (this.method === 'drawn')
      return this.required && !this.#drawing ? { pointer, keyword: 'required', key: 'valueMissing', params: {} } : undefined;
    return checkConstraints(this.value.trim() || undefined, { maxLength: 200, ...this.constraints, required: this.required }, pointer);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#defaultMethod ??= this.method;
    this.#resize ??= new ResizeObserver(() => this.#paint());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize?.disconnect();
    this.#observed = undefined;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.internals.states[this.method === 'drawn' ? 'add' : 'delete']('drawn');
    if (this.canvas !== this.#observed) {
      this.#resize?.disconnect();
      this.#observed = this.canvas;
      if (this.canvas) this.#resize?.observe(this.canvas);
    }
    this.#paint();
  }

  /** Repaints the canvas and keeps the submitted value (a PNG of it) and the restorable state in step. */
  #paint(): void {
    const canvas = this.canvas;
    if (canvas) {
      this.#scale = paintDrawing(canvas, this.#drawing, getComputedStyle(canvas).color);
      this.#png = this.#drawing ? canvas.toDataURL('image/png') : null;
    }
    const signature = this.signature;
    this.internals.setFormValue(this.isDisabled ? null : this.formValue(), signature ? JSON.stringify(signature) : null);
  }

  #userChanged(): void {
    this.commit();
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  #onInput(event: Event): void {
    this.#value = (event.target as HTMLInputElement).value;
    this.commit();
  }

  async #switchMethod(): Promise<void> {
    this.method = this.method === 'typed' ? 'drawn' : 'typed';
    this.#userChanged();
    this.emitChange();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(this.method === 'typed' ? '#control' : '[part=method-button]')?.focus();
  }

  #clear(): void {
    this.#drawing = undefined;
    this.announcement = localise(t.cleared, this.language);
    this.#userChanged();
    this.emitChange();
  }

  #point(event: PointerEvent): [number, number] {
    const rect = this.canvas!.getBoundingClientRect();
    const x = Math.min(Math.max(event.clientX - rect.left, 0), rect.width);
    const y = Math.min(Math.max(event.clientY - rect.top, 0), rect.height);
    return [x / this.#scale, y / this.#scale];
  }

  #onPointerDown(event: PointerEvent): void {
    if (this.isDisabled || this.isReadonly || (event.pointerType === 'mouse' && event.button !== 0)) return;
    const canvas = this.canvas!;
    event.preventDefault();
    try {
      canvas.setPointerCapture(event.pointerId);
    } catch {
      // A pointer the browser does not track (a synthetic event): drawing works without capture.
    }
    if (!this.#drawing) {
      this.#scale = 1;
      this.#drawing = { svgPath: '', width: canvas.clientWidth, height: canvas.clientHeight };
    }
    const start = this.#point(event);
    this.#stroke = { pointerId: event.pointerId, last: start };
    this.#drawing.svgPath += `${this.#drawing.svgPath ? ' ' : ''}M${coordinate(start[0])} ${coordinate(start[1])}`;
    paintSegment(canvas, start, start, this.#scale, getComputedStyle(canvas).color);
  }

  #onPointerMove(event: PointerEvent): void {
    const stroke = this.#stroke;
    if (!stroke || event.pointerId !== stroke.pointerId || !this.#drawing) return;
    const coalesced = event.getCoalescedEvents?.() ?? [];
    const color = getComputedStyle(this.canvas!).color;
    for (const e of coalesced.length ? coalesced : [event]) {
      const next = this.#point(e);
      this.#drawing.svgPath += ` L${coordinate(next[0])} ${coordinate(next[1])}`;
      paintSegment(this.canvas!, stroke.last, next, this.#scale, color);
      stroke.last = next;
    }
  }

  #onPointerUp(event: PointerEvent): void {
    if (!this.#stroke || event.pointerId !== this.#stroke.pointerId) return;
    this.#stroke = undefined;
    try {
      this.canvas?.releasePointerCapture(event.pointerId);
    } catch {
      // Not captured (synthetic event).
    }
    this.#png = this.canvas?.toDataURL('image/png') ?? null;
    this.drawing = this.#drawing;
    this.#userChanged();
    this.emitChange();
  }

  override render(): TemplateResult {
    const lang = this.language;
    const locked = this.isDisabled || this.isReadonly;
    const drawn = this.method === 'drawn';
    return html`
      <fieldset part="base" class=${fieldClasses(this.view)} aria-describedby=${this.describedByAttr()}>
        <legend part="label">${this.label}${this.renderRequiredMark()}</legend>
        ${this.renderHint()} ${drawn ? this.#renderCanvas(lang, locked) : this.#renderTyped(lang)}
        <div class="actions">
          ${
            drawn && !locked
              ? html`<button type="button" part="clear-button" ?disabled=${!this.#drawing} @click=${this.#clear}>
                  ${localise(t.clear, lang)}
                </button>`
              : nothing
          }
          ${
            this.isReadonly
              ? nothing
              : html`<button type="button" part="method-button" class="link" ?disabled=${this.isDisabled} @click=${this.#switchMethod}>
                  ${localise(drawn ? t.typeInstead : t.drawInstead, lang)}
                </button>`
          }
        </div>
        ${this.renderProblem()}
        <div class="visually-hidden" role="status">${this.announcement}</div>
      </fieldset>
    `;
  }

  #renderTyped(lang: string): TemplateResult {
    const name = this.value.trim();
    return html`
      <label for="control" class="sub-label">${localise(t.typeName, lang)}</label>
      <input
        id="control"
        part="control"
        type="text"
        autocomplete="name"
        .value=${live(this.value)}
        ?disabled=${this.isDisabled}
        ?readonly=${this.isReadonly}
        ?required=${this.required}
        aria-invalid=${ifDefined(this.ariaInvalidValue)}
        aria-describedby=${this.describedByAttr()}
        @input=${this.#onInput}
        @change=${this.emitChange}
      />
      ${name ? html`<div part="preview" class="preview" aria-hidden="true">${name}</div>` : nothing}
    `;
  }

  #renderCanvas(lang: string, locked: boolean): TemplateResult {
    const label = this.#drawing ? localise(t.drawn, lang) : `${localise(t.drawArea, lang)} (${localise(t.nothingDrawn, lang)})`;
    return html`<canvas
      part="canvas"
      class=${locked ? 'locked' : ''}
      role="img"
      tabindex="-1"
      aria-label=${locked ? localise(t.drawn, lang) : label}
      @pointerdown=${this.#onPointerDown}
      @pointermove=${this.#onPointerMove}
      @pointerup=${this.#onPointerUp}
      @pointercancel=${this.#onPointerUp}
    ></canvas>`;
  }
}
