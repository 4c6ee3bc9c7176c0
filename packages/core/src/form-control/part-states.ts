import { nothing } from 'lit';
import { directive, type ElementPart } from 'lit/directive.js';
import { delegate } from '../templates/delegated-events.js';
import { ElementDirective, setAttribute } from '../templates/element-directive.js';
import { FieldNotes } from './field-notes.js';
import { ariaInvalid, describedBy, fieldClasses, type FieldEvents, type FieldView, labelClass, notify } from './field-view.js';

/**
 * The element directives of a field's markup: each binds what its element shows of the field's view
 * as one part, where attribute bindings would be one part each (a form of thousands of fields builds
 * every one of them). A value is written only when it changed.
 */

/** What a field's wrapper shows of it: its classes (`user-invalid`, `user-valid`, `hide-label`), `data-kind` and, inside a form, its `path`. */
export class FrameState {
  #classes?: string;
  #kind?: string;
  #path?: string;

  update(wrapper: Element, view: FieldView, kind: string): void {
    const classes = fieldClasses(view);
    if (classes !== this.#classes) wrapper.setAttribute('class', (this.#classes = classes));
    if (kind !== this.#kind) wrapper.setAttribute('data-kind', (this.#kind = kind));
    if (view.path !== this.#path) setAttribute(wrapper, 'path', (this.#path = view.path));
  }
}

/** A field's wrapper: its {@link FrameState}, and the `focusout` that tells the field it was left. */
class FrameStateDirective extends ElementDirective {
  readonly #frame = new FrameState();
  #on?: FieldEvents;
  #host?: object;

  render(_view: FieldView, _kind: string, _on: FieldEvents): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [view, kind, on]: [FieldView, string, FieldEvents]): typeof nothing {
    const wrapper = part.element;
    if (!this.#on) {
      this.#host = part.options?.host ?? wrapper;
      delegate(part, ['focusout'], this);
    }
    this.#on = on;
    this.#frame.update(wrapper, view, kind);
    return nothing;
  }

  handleEvent(event: Event): void {
    notify(this.#on!, this.#on!.leave, this.#host!, event as FocusEvent);
  }
}

/** The state of a field's wrapper element (see {@link FrameStateDirective}). */
export const frameState = directive(FrameStateDirective);

/**
 * What a label or legend shows of its field: its text (one text node), the required marker's class, and for a
 * control with an id (`forControl`) `for` and its own `id`.
 */
export class LabelText {
  #text?: string;
  #classes?: string;
  #ids?: string;

  update(label: Element, view: FieldView, forControl = false): void {
    if (view.label !== this.#text) label.textContent = this.#text = view.label;
    const classes = labelClass(view);
    if (classes !== this.#classes) setAttribute(label, 'class', (this.#classes = classes));
    if (forControl && view.ids !== this.#ids) {
      this.#ids = view.ids;
      label.setAttribute('for', `${view.ids}control`);
      label.id = `${view.ids}label`;
    }
  }
}

/** A field's label or legend (see {@link LabelText}; `for: true` for a control with an id). */
class LabelStateDirective extends ElementDirective {
  readonly #text = new LabelText();

  render(_view: FieldView, _options?: { for?: boolean }): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [view, options]: [FieldView, { for?: boolean }?]): typeof nothing {
    this.#text.update(part.element, view, options?.for);
    return nothing;
  }
}

/** The state of a field's label or legend (see {@link LabelStateDirective}). */
export const labelState = directive(LabelStateDirective);

/**
 * What a choice group's fieldset shows of its field: its `<legend part="label">` (first), or while its label is
 * hidden (`hide-label`) none and `aria-label` instead (the same name without an element laid out to be clipped), or
 * `aria-labelledby` when the view names the element beside it that says it (a rubric criterion's text, then read
 * once); `aria-required` (when asked), `aria-describedby` and the hint (before the options box) and error (last) it
 * names, `aria-invalid` and `disabled`.
 */
export class GroupState {
  #notes?: FieldNotes;
  #legend?: HTMLLegendElement;
  #legendText?: LabelText;
  #name?: string;
  #labelledBy?: string;
  #required?: string;
  #describedBy?: string;
  #invalid?: string;
  #disabled = false;

  update(group: HTMLFieldSetElement, options: Element, view: FieldView, askRequired: boolean): void {
    const name = view.hideLabel && !view.labelledBy ? view.label : undefined;
    if (name !== this.#name) setAttribute(group, 'aria-label', (this.#name = name));
    if (view.labelledBy !== this.#labelledBy) setAttribute(group, 'aria-labelledby', (this.#labelledBy = view.labelledBy));
    if (view.hideLabel) this.#legend?.remove();
    else {
      this.#legend ??= legend();
      if (!this.#legend.parentNode) group.prepend(this.#legend);
      (this.#legendText ??= new LabelText()).update(this.#legend, view);
    }
    const required = askRequired && view.required ? 'true' : undefined;
    if (required !== this.#required) setAttribute(group, 'aria-required', (this.#required = required));
    const ids = describedBy(view);
    if (ids !== this.#describedBy) setAttribute(group, 'aria-describedby', (this.#describedBy = ids));
    const invalid = ariaInvalid(view);
    if (invalid !== this.#invalid) setAttribute(group, 'aria-invalid', (this.#invalid = invalid));
    if (view.disabled !== this.#disabled) group.disabled = this.#disabled = view.disabled;
    if (this.#notes || view.hint || view.error) this.#notes = FieldNotes.update(this.#notes, view, '', { box: group, hintBefore: options });
  }
}

function legend(): HTMLLegendElement {
  const element = document.createElement('legend');
  element.setAttribute('part', 'label');
  return element;
}

/**
 * A select's or a single checkbox's control: its `id`, `disabled` (also while read-only: neither has a
 * read-only state), `aria-required`, `aria-invalid`, `aria-describedby` and the hint and error it names,
 * and its `input`/`change` listeners, as one part. A checkbox gives `checked` too: set when the input's
 * own state differs, as `live()` compares (a click the record refused is undone); its hint and error
 * follow the label it is in, a select's are before and after it.
 */
class ChoiceControlStateDirective extends ElementDirective {
  #notes?: FieldNotes;
  #on?: FieldEvents;
  #host?: object;
  #ids?: string;
  #disabled?: boolean;
  #required?: string;
  #invalid?: string;
  #describedBy?: string;
  #labelledBy?: string;

  render(_view: FieldView, _on: FieldEvents, _checked?: boolean): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [view, on, checked]: [FieldView, FieldEvents, boolean?]): typeof nothing {
    const control = part.element;
    if (checked !== undefined && (control as HTMLInputElement).checked !== checked) (control as HTMLInputElement).checked = checked;
    if (!this.#on) {
      this.#host = part.options?.host ?? control;
      delegate(part, ['input', 'change'], this);
    }
    this.#on = on;
    if (view.ids !== this.#ids) control.id = `${(this.#ids = view.ids)}control`;
    const disabled = view.disabled || view.readonly;
    if (disabled !== this.#disabled) control.toggleAttribute('disabled', (this.#disabled = disabled));
    const required = view.required ? 'true' : undefined;
    if (required !== this.#required) setAttribute(control, 'aria-required', (this.#required = required));
    const invalid = ariaInvalid(view);
    if (invalid !== this.#invalid) setAttribute(control, 'aria-invalid', (this.#invalid = invalid));
    const ids = describedBy(view);
    if (ids !== this.#describedBy) setAttribute(control, 'aria-describedby', (this.#describedBy = ids));
    if (view.labelledBy !== this.#labelledBy) setAttribute(control, 'aria-labelledby', (this.#labelledBy = view.labelledBy));
    if (this.#notes || view.hint || view.error) {
      const place =
        checked !== undefined
          ? { box: control.parentElement!.parentElement!, hintBefore: null }
          : { box: control.parentElement!, hintBefore: control };
      this.#notes = FieldNotes.update(this.#notes, view, '', place);
    }
    return nothing;
  }

  handleEvent(event: Event): void {
    const on = this.#on!;
    notify(on, event.type === 'input' ? on.input : on.change, this.#host!, event);
  }
}

/** The state of a select or a single checkbox (see {@link ChoiceControlStateDirective}). */
export const choiceControlState = directive(ChoiceControlStateDirective);
