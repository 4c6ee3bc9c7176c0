import type { FieldView } from './field-view.js';

/** Where a field's notes go: the hint and format before `hintBefore` in `box` (null: at its end), the error last in `box`. */
export interface NotesPlace {
  box: Element;
  hintBefore: Element | null;
}

/** A note element (`<div part=… id=… class=…>`) and the text node it shows. */
interface Note {
  element: HTMLElement;
  text: Text;
}

function makeNote(part: string, className: string): Note {
  const element = document.createElement('div');
  element.setAttribute('part', part);
  element.className = className;
  if (part === 'error') {
    const icon = element.appendChild(document.createElement('span'));
    icon.className = 'error-icon';
    icon.setAttribute('aria-hidden', 'true');
    icon.textContent = '!';
  }
  return { element, text: element.appendChild(document.createTextNode('')) };
}

/** The note's element while it is in the markup. */
function placed(note: Note | undefined): HTMLElement | null {
  return note?.element.parentNode ? note.element : null;
}

/**
 * The hint, a date field's format and the shown problem of a field, the elements its control's or group's
 * `aria-describedby` names: the same markup as `fieldHint` and `fieldError`, made by the directive of the
 * control (or group) they describe, and only while there is something to show. Most fields of a large form
 * have no hint and show no problem: as child parts of their template they would cost a part and a comment
 * marker each in every field.
 */
export class FieldNotes {
  /**
   * `notes` updated, or made when there is a note to show: a field that never had one (most) keeps no object for
   * them.
   */
  static update(notes: FieldNotes | undefined, view: FieldView, format: string, place: NotesPlace): FieldNotes | undefined {
    if (!notes && !view.hint && !format && !view.error) return undefined;
    notes ??= new FieldNotes();
    notes.update(view, format, place);
    return notes;
  }

  #hint?: Note;
  #format?: Note;
  #error?: Note;
  #ids?: string;

  update(view: FieldView, format: string, place: NotesPlace): void {
    const renamed = view.ids !== this.#ids;
    this.#ids = view.ids;
    const { box, hintBefore } = place;
    // Without a control after them (a checkbox's notes follow its label), the hint and format go before a shown error.
    const before = () => hintBefore ?? placed(this.#error);
    this.#hint = this.#show(this.#hint, view.hint, 'hint', 'hint', renamed, (note) =>
      box.insertBefore(note, placed(this.#format) ?? before()),
    );
    this.#format = this.#show(this.#format, format, 'format', 'hint', renamed, (note) => box.insertBefore(note, before()));
    this.#error = this.#show(this.#error, view.error, 'error', 'error', renamed, (note) => box.append(note));
  }

  /** Shows `text` in the note (made and placed by `place` when it is not shown), or removes it when `text` is empty. */
  #show(
    note: Note | undefined,
    text: string,
    part: string,
    className: string,
    renamed: boolean,
    place: (element: HTMLElement) => void,
  ): Note | undefined {
    if (!text) {
      note?.element.remove();
      return note;
    }
    note ??= makeNote(part, className);
    if (renamed || !note.element.id) note.element.id = `${this.#ids}${part}`;
    if (note.text.data !== text) note.text.data = text;
    if (!note.element.parentNode) place(note.element);
    return note;
  }
}
