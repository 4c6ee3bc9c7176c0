import { nothing, type TemplateResult } from 'lit';
import { directive, type ElementPart } from 'lit/directive.js';
import { ElementDirective } from '../templates/element-directive.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { term } from '../l10n/catalogue.js';
import { html } from '../templates/compact-html.js';

/**
 * What a field's template shows besides its control. The same view comes from a standalone field
 * element (its properties) or from a light field inside `<mk-form>` (its schema node and the store),
 * so the markup, labels, errors and ARIA of a field are written once, in its template.
 */
export interface FieldView {
  /** Prefix of the ids in the field's markup: '' in a field element's own shadow root, unique per field inside a form. */
  ids: string;
  label: string;
  hideLabel: boolean;
  hint: string;
  required: boolean;
  readonly: boolean;
  disabled: boolean;
  lang: string;
  /** The problem message shown now ('' while none is shown). */
  error: string;
  /** The user interacted and the value is valid. */
  valid: boolean;
  /** The JSON Pointer the field edits inside a form (on its wrapper, where the form finds it); none alone. */
  path?: string;
}

/** How a field's control reports the user's changes. Listeners are called with the native event. */
export interface FieldEvents {
  input(event: Event): void;
  change(event: Event): void;
  /** Focus left the field (light fields inside a form; a field element listens on itself). */
  leave?(event: FocusEvent): void;
}

/**
 * The wrapper of every field: its validity and label visibility as classes the stylesheet styles
 * (`user-invalid`, `user-valid`, `hide-label`), and inside a form its `path`.
 */
export function fieldFrame(view: FieldView, kind: string, content: TemplateResult, on: FieldEvents): TemplateResult {
  return html`<div ${frameState(view, kind, on)}>${content}</div>`;
}

/**
 * Element directive on a field's wrapper: its classes, `data-kind`, inside a form its `path`, and the
 * `focusout` that tells the field it was left. One binding instead of four: a form of thousands of
 * fields builds one part per wrapper.
 */
class FrameStateDirective extends ElementDirective {
  #on?: FieldEvents;
  #classes?: string;
  #kind?: string;
  #path?: string;

  render(_view: FieldView, _kind: string, _on: FieldEvents): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [view, kind, on]: [FieldView, string, FieldEvents]): typeof nothing {
    const wrapper = part.element;
    // Called with the template's host as `this`, as Lit's own `@focusout` bindings are.
    const host = part.options?.host ?? wrapper;
    if (!this.#on) wrapper.addEventListener('focusout', (event) => this.#on!.leave?.call(host, event as FocusEvent));
    this.#on = on;
    const classes = fieldClasses(view);
    if (classes !== this.#classes) wrapper.setAttribute('class', (this.#classes = classes));
    if (kind !== this.#kind) wrapper.setAttribute('data-kind', (this.#kind = kind));
    if (view.path !== this.#path) {
      this.#path = view.path;
      if (view.path === undefined) wrapper.removeAttribute('path');
      else wrapper.setAttribute('path', view.path);
    }
    return nothing;
  }
}

/** The state of a field's wrapper element (see {@link FrameStateDirective}). */
export const frameState = directive(FrameStateDirective);

/** The classes of a field's wrapper (for controls that wrap their markup themselves). */
export function fieldClasses(view: FieldView): string {
  return `field${view.hideLabel ? ' hide-label' : ''}${view.error ? ' user-invalid' : view.valid ? ' user-valid' : ''}`;
}

/**
 * The class of a label or legend whose field is required: the stylesheet marks it with an asterisk
 * hidden from assistive technology (the control says `aria-required`), so the label is one text node.
 */
export function labelClass(view: FieldView): string | undefined {
  return view.required ? 'required-label' : undefined;
}

/** The label of a field whose control has an id (text, number, date, select). */
export function fieldLabel(view: FieldView): TemplateResult {
  return html`<label
    part="label"
    class=${ifDefined(labelClass(view))}
    for=${`${view.ids}control`}
    id=${`${view.ids}label`}
    .textContent=${view.label}
  ></label>`;
}

/** The asterisk of a required field, as an element (for labels that hold more than their text). */
export function requiredMark(view: FieldView): TemplateResult | typeof nothing {
  return view.required ? html`<span class="required" title=${term(view.lang, 'required')} aria-hidden="true">*</span>` : nothing;
}

/** The hint, and under it a date field's format (one part for both: most fields have neither). */
export function fieldHint(view: FieldView, format = ''): TemplateResult | typeof nothing {
  const hint = view.hint ? html`<div part="hint" id=${`${view.ids}hint`} class="hint" .textContent=${view.hint}></div>` : nothing;
  return format
    ? html`${hint}
        <div part="format" id=${`${view.ids}format`} class="hint" .textContent=${format}></div>`
    : hint;
}

/**
 * The problem shown, or nothing while none is: an empty error element in every field of a large form
 * would cost as much as the field. The control names it in `aria-describedby` only while it is there.
 */
export function fieldError(view: FieldView): TemplateResult | typeof nothing {
  return view.error
    ? html`<div part="error" id=${`${view.ids}error`} class="error"><span class="error-icon" aria-hidden="true">!</span>${view.error}</div>`
    : nothing;
}

/** ids for `aria-describedby`: the hint, a date field's format and the shown problem (undefined: no attribute). */
export function describedBy(view: FieldView, format = ''): string | undefined {
  const ids = [view.hint ? `${view.ids}hint` : '', format ? `${view.ids}format` : '', view.error ? `${view.ids}error` : '']
    .filter(Boolean)
    .join(' ');
  return ids || undefined;
}

/** `aria-invalid` while a problem is shown. */
export function ariaInvalid(view: FieldView): 'true' | undefined {
  return view.error ? 'true' : undefined;
}
