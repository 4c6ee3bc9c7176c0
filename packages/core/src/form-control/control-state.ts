import { nothing } from 'lit';
import { directive, type ElementPart } from 'lit/directive.js';
import { delegate } from '../templates/delegated-events.js';
import { ElementDirective, setAttribute } from '../templates/element-directive.js';
import { FieldNotes } from './field-notes.js';
import { ariaInvalid, describedBy, type FieldEvents, type FieldView, notify } from './field-view.js';
import { FrameState, LabelText } from './part-states.js';
import { stepNumber } from '../number-field/number-text.js';

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
 * What a text-like control shows of its field: its `id`, its value (kept as the user types, like `live()`),
 * disabled and read-only, `aria-required`, `aria-invalid`, `aria-describedby` and the hint, format and error it
 * names (before and after the control, see `FieldNotes`), and the kind's own attributes.
 */
class ControlText {
  #ids?: string;
  #required?: string;
  #invalid?: string;
  #describedBy?: string;
  #labelledBy?: string;
  /** The kind's attributes last written (names are the templates' own, never data; each kind gives the same names each time). */
  #attributes?: ControlState['attributes'];
  #notes?: FieldNotes;

  /** `first`: the template's new control, empty, enabled, editable and with none of these set (nothing is read back). */
  update(control: TextLike, view: FieldView, state: ControlState, first: boolean): void {
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
  }
}

/**
 * Element directive on the wrapper of a text-like field whose first child is its `<label>` and second its control:
 * the wrapper's {@link FrameState}, the label's {@link LabelText} and the control's {@link ControlText}, and the
 * field's `input`, `change` and `focusout` listeners, as one part: a form of thousands of fields builds one part
 * and one directive per text field where `frameState`, `labelState` and `controlState` would be three of each.
 */
class TextFieldStateDirective extends ElementDirective {
  readonly #frame = new FrameState();
  readonly #labelText = new LabelText();
  readonly #controlText = new ControlText();
  #label?: Element;
  #control?: TextLike;
  #on?: FieldEvents;
  #host?: object;
  #lang = '';

  render(_view: FieldView, _kind: string, _state: ControlState, _on: FieldEvents): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [view, kind, state, on]: [FieldView, string, ControlState, FieldEvents]): typeof nothing {
    const wrapper = part.element;
    const first = !this.#on;
    if (first) {
      // Found once, before the notes the control state places between them.
      this.#label = wrapper.firstElementChild!;
      this.#control = this.#label.nextElementSibling as TextLike;
      this.#host = part.options?.host ?? wrapper;
      delegate(part, ['focusout'], this);
      delegate(part, kind === 'number' ? ['input', 'change', 'keydown'] : ['input', 'change'], this, this.#control);
    }
    this.#on = on;
    this.#lang = view.lang;
    this.#frame.update(wrapper, view, kind);
    this.#labelText.update(this.#label!, view, true);
    this.#controlText.update(this.#control!, view, state, first);
    return nothing;
  }

  handleEvent(event: Event): void {
    if (event.type === 'keydown') return stepNumber(event as KeyboardEvent, this.#lang);
    const on = this.#on!;
    const listener = event.type === 'focusout' ? on.leave : event.type === 'input' ? on.input : on.change;
    notify(on, listener as ((event: Event) => void) | undefined, this.#host!, event);
  }
}

/** The state of a text-like field's wrapper, label and control (see {@link TextFieldStateDirective}). */
export const textFieldState = directive(TextFieldStateDirective);
