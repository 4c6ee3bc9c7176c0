import { nothing } from 'lit';
import { directive, type ElementPart } from 'lit/directive.js';
import { delegate } from '../templates/delegated-events.js';
import { ElementDirective, setAttribute } from '../templates/element-directive.js';
import { FieldNotes } from './field-notes.js';
import { ariaInvalid, describedBy, type FieldEvents, type FieldView, notify } from './field-view.js';

/** A text-like control: an input or a textarea. */
type TextLike = HTMLInputElement | HTMLTextAreaElement;

/** What a text-like control shows of its field: its text, and attributes of its kind (`min`, `rows`, `placeholder` …; undefined: none). */
export interface ControlState {
  value: string;
  attributes: Record<string, string | number | undefined>;
  /** A date field's format under the hint (its id joins `aria-describedby`). */
  format?: string;
}

/**
 * Element directive on a text-like control: its `id`, its value (kept as the user types, like `live()`),
 * disabled and read-only, `aria-required`, `aria-invalid`, `aria-describedby` and the hint, format and
 * error it names (before and after the control, see `FieldNotes`), the kind's own attributes, and its
 * `input`/`change` listeners. One binding instead of a dozen: a form of
 * thousands of fields builds one part per control, and every text-like kind shares this one piece.
 */
class ControlStateDirective extends ElementDirective {
  #on?: FieldEvents;
  #host?: object;
  #ids?: string;
  #required?: string;
  #invalid?: string;
  #describedBy?: string;
  #labelledBy?: string;
  /** The kind's attributes last written (names are the templates' own, never data; each kind gives the same names each time). */
  #attributes?: ControlState['attributes'];
  #notes?: FieldNotes;

  render(_view: FieldView, _state: ControlState, _on: FieldEvents): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [view, state, on]: [FieldView, ControlState, FieldEvents]): typeof nothing {
    const control = part.element as TextLike;
    // A first update is of the template's new control: empty, enabled, editable, and none of its attributes set.
    const first = !this.#on;
    if (first) {
      this.#host = part.options?.host ?? control;
      delegate(part, ['input', 'change'], this);
    }
    this.#on = on;
    if (view.ids !== this.#ids) control.id = `${(this.#ids = view.ids)}control`;
    if (first ? state.value !== '' : control.value !== state.value) control.value = state.value;
    if (first ? view.disabled : control.disabled !== view.disabled) control.disabled = view.disabled;
    if (first ? view.readonly : control.readOnly !== view.readonly) control.readOnly = view.readonly;
    const required = view.required ? 'true' : undefined;
    if (required !== this.#required) setAttribute(control, 'aria-required', (this.#required = required));
    const invalid = ariaInvalid(view);
    if (invalid !== this.#invalid) setAttribute(control, 'aria-invalid', (this.#invalid = invalid));
    const ids = describedBy(view, state.format);
    if (ids !== this.#describedBy) setAttribute(control, 'aria-describedby', (this.#describedBy = ids));
    if (view.labelledBy !== this.#labelledBy) setAttribute(control, 'aria-labelledby', (this.#labelledBy = view.labelledBy));
    const format = state.format ?? '';
    if (this.#notes || format || view.hint || view.error)
      this.#notes = FieldNotes.update(this.#notes, view, format, { box: control.parentElement!, hintBefore: control });
    const before = this.#attributes;
    const attributes = (this.#attributes = state.attributes);
    for (const name in attributes) {
      const value = attributes[name];
      if (value !== before?.[name]) setAttribute(control, name, value === undefined ? undefined : String(value));
    }
    return nothing;
  }

  handleEvent(event: Event): void {
    const on = this.#on!;
    notify(on, event.type === 'input' ? on.input : on.change, this.#host!, event);
  }
}

/** The state of a text-like control from its field's view (see {@link ControlStateDirective}). */
export const controlState = directive(ControlStateDirective);
