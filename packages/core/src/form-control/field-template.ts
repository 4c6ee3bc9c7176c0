import { nothing, type TemplateResult } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import { term } from '../l10n/catalogue.js';
import { html } from '../templates/compact-html.js';
import { fieldNotes } from './field-notes.js';
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

/*
 * A field's hint, format and error in a child position, for widgets that render their own markup: made by
 * `FieldNotes`, as the built-in fields' are (form-control/field-notes.ts), so the markup is written once.
 */

/** The hint, and under it a date field's format (one part for both: most fields have neither). */
export function fieldHint(view: FieldView, format = ''): DirectiveResult | typeof nothing {
  return view.hint || format ? fieldNotes(view, format, 'hint') : nothing;
}

/** The hint and then the problem, for a control with nothing between them: one part for both. */
export function fieldHintAndError(view: FieldView): DirectiveResult | typeof nothing {
  return view.hint || view.error ? fieldNotes(view, '', 'both') : nothing;
}

/**
 * The problem shown, or nothing while none is: an empty error element in every field of a large form
 * would cost as much as the field. The control names it in `aria-describedby` only while it is there.
 */
export function fieldError(view: FieldView): DirectiveResult | typeof nothing {
  return view.error ? fieldNotes(view, '', 'error') : nothing;
}
