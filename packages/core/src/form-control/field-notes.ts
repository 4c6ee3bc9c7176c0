import { Directive, directive, type PartInfo, PartType } from 'lit/directive.js';
import type { FieldView } from './field-view.js';

/**
 * Where a field's notes go, in `box`: the hint and format before `hintBefore` (null: before the error, or where
 * the error goes), the error before `end` (null or absent: at the end of `box`).
 */
export interface NotesPlace {
  box: Node;
  hintBefore: Node | null;
  end?: Node | null;
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

/** The note's element while it has text to show, or null (and the element removed) while it has none. */
function shown(note: Note | undefined, text: string): HTMLElement | null {
  if (text) return note!.element;
  note?.element.remove();
  return null;
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

  /** Shows the notes in `place`: each made when it has text, placed while it has, removed while it has none. */
  update(view: FieldView, format: string, place: NotesPlace): void {
    const renamed = this.#rename(view);
    const { box, hintBefore } = place;
    const end = place.end ?? null;
    const error = shown((this.#error = this.#write(this.#error, view.error, 'error', 'error', renamed)), view.error);
    const formatNote = shown((this.#format = this.#write(this.#format, format, 'format', 'hint', renamed)), format);
    const hint = shown((this.#hint = this.#write(this.#hint, view.hint, 'hint', 'hint', renamed)), view.hint);
    if (error && !error.parentNode) box.insertBefore(error, end);
    // Without a control after them (a checkbox's notes follow its label), the hint and format go before a shown error.
    const before = hintBefore ?? error ?? end;
    if (formatNote && !formatNote.parentNode) box.insertBefore(formatNote, before);
    if (hint && !hint.parentNode) box.insertBefore(hint, formatNote ?? before);
  }

  /** The notes that have text, in order (hint, format, error), made or brought up to date, for a template to place. */
  elements(view: FieldView, format: string): HTMLElement[] {
    const renamed = this.#rename(view);
    this.#hint = this.#write(this.#hint, view.hint, 'hint', 'hint', renamed);
    this.#format = this.#write(this.#format, format, 'format', 'hint', renamed);
    this.#error = this.#write(this.#error, view.error, 'error', 'error', renamed);
    const shown: HTMLElement[] = [];
    if (view.hint) shown.push(this.#hint!.element);
    if (format) shown.push(this.#format!.element);
    if (view.error) shown.push(this.#error!.element);
    return shown;
  }

  /** Whether the field's ids changed since the last update. */
  #rename(view: FieldView): boolean {
    const renamed = view.ids !== this.#ids;
    this.#ids = view.ids;
    return renamed;
  }

  /** The note with `text` and its id (made if there is none yet); unchanged while `text` is empty. */
  #write(note: Note | undefined, text: string, part: string, className: string, renamed: boolean): Note | undefined {
    if (!text) return note;
    note ??= makeNote(part, className);
    if (renamed || !note.element.id) note.element.id = `${this.#ids}${part}`;
    if (note.text.data !== text) note.text.data = text;
    return note;
  }
}

/** Which of a field's notes a template shows in one place. */
type NotesShown = 'hint' | 'error' | 'both';

/**
 * A field's hint (with a date's format) and/or error in a child position of a template, for `<mk-array>`, the
 * signature pad and custom widgets, which render their own markup: the note elements {@link FieldNotes} makes for
 * the built-in fields, so their markup is written once. The template places them (a list of elements).
 */
class FieldNotesDirective extends Directive {
  readonly #notes = new FieldNotes();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('fieldHint() and fieldError() belong in a child position');
  }

  render(view: FieldView, format: string, shown: NotesShown): HTMLElement[] {
    const notes = shown === 'both' ? view : shown === 'hint' ? { ...view, error: '' } : { ...view, hint: '' };
    return this.#notes.elements(notes, shown === 'error' ? '' : format);
  }
}

/** The notes of a field in a child position of a template (see {@link FieldNotesDirective}). */
export const fieldNotes = directive(FieldNotesDirective);
