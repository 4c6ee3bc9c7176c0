import { nothing } from 'lit';
import { directive, type ElementPart } from 'lit/directive.js';
import { delegate } from '../templates/delegated-events.js';
import { ElementDirective } from '../templates/element-directive.js';
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
  /** The attributes last written (names are the directive's own, never data). */
  #attributes: Record<string, string | undefined> = {};
  #notes?: FieldNotes;

  render(_view: FieldView, _state: ControlState, _on: FieldEvents): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [view, state, on]: [FieldView, ControlState, FieldEvents]): typeof nothing {
    const control = part.element as TextLike;
    if (!this.#on) {
      this.#host = part.options?.host ?? control;
      delegate(part, ['input', 'change'], this);
    }
    this.#on = on;
    this.#set(control, 'id', `${view.ids}control`);
    if (control.value !== state.value) control.value = state.value;
    if (control.disabled !== view.disabled) control.disabled = view.disabled;
    if (control.readOnly !== view.readonly) control.readOnly = view.readonly;
    this.#set(control, 'aria-required', view.required ? 'true' : undefined);
    this.#set(control, 'aria-invalid', ariaInvalid(view));
    this.#set(control, 'aria-describedby', describedBy(view, state.format));
    this.#set(control, 'aria-labelledby', view.labelledBy);
    this.#notes = FieldNotes.update(this.#notes, view, state.format ?? '', { box: control.parentElement!, hintBefore: control });
    for (const [name, value] of Object.entries(state.attributes)) this.#set(control, name, value === undefined ? undefined : String(value));
    return nothing;
  }

  handleEvent(event: Event): void {
    const on = this.#on!;
    notify(on, event.type === 'input' ? on.input : on.change, this.#host!, event);
  }

  #set(control: Element, name: string, value: string | undefined): void {
    if (this.#attributes[name] === value) return;
    this.#attributes[name] = value;
    if (value === undefined) control.removeAttribute(name);
    else control.setAttribute(name, value);
  }
}

/** The state of a text-like control from its field's view (see {@link ControlStateDirective}). */
export const controlState = directive(ControlStateDirective);
