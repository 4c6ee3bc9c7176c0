import { nothing, type TemplateResult } from 'lit';
import { term } from '../l10n/catalogue.js';
import { html } from '../templates/compact-html.js';
import type { FieldEvents, FieldView } from './field-view.js';
import { frameState, labelState } from './part-states.js';

export { ariaInvalid, describedBy, fieldClasses, labelClass, type FieldEvents, type FieldView } from './field-view.js';

/**
 * The wrapper of every field: its validity and label visibility as classes the stylesheet styles
 * (`user-invalid`, `user-valid`, `hide-label`), and inside a form its `path`. The built-in templates put
 * `frameState` on their own wrapper `<div>` instead: the same markup without a part (and its comment marker)
 * around the content.
 */
export function fieldFrame(view: FieldView, kind: string, content: TemplateResult, on: FieldEvents): TemplateResult {
  return html`<div ${frameState(view, kind, on)}>${content}</div>`;
}

/** The label of a field whose control has an id (text, number, date, select). */
export function fieldLabel(view: FieldView): TemplateResult {
  return html`<label part="label" ${labelState(view, { for: true })}></label>`;
}

/** The asterisk of a required field, as an element (for labels that hold more than their text). */
export function requiredMark(view: FieldView): TemplateResult | typeof nothing {
  return view.required ? html`<span class="required" title=${term(view.lang, 'required')} aria-hidden="true">*</span>` : nothing;
}

/** The hint, and under it a date field's format (one part for both: most fields have neither). */
export function fieldHint(view: FieldView, format = ''): TemplateResult | typeof nothing {
  const hint = view.hint ? html`<div part="hint" id=${`${view.ids}hint`} class="hint" .textContent=${view.hint}></div>` : nothing;
  if (!format) return hint;
  // A format alone (most date fields) is one template with no part inside for the hint.
  const formatText = html`<div part="format" id=${`${view.ids}format`} class="hint" .textContent=${format}></div>`;
  return view.hint ? html`${hint}${formatText}` : formatText;
}

/** The hint and then the problem, for a control with nothing between them: one part for both. */
export function fieldHintAndError(view: FieldView): TemplateResult | typeof nothing {
  const hint = fieldHint(view);
  const error = fieldError(view);
  return hint === nothing ? error : error === nothing ? hint : html`${hint}${error}`;
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
