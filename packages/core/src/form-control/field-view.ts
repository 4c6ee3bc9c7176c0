/**
 * A field's view and what is derived from it alone (classes, ARIA values): shared by the field
 * templates (field-template.ts) and the element directives that bind them (part-states.ts).
 */

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
  /**
   * The id of an element beside the field, in the same root, that names it (`aria-labelledby`) instead of its
   * label: a rubric criterion's text, shown beside its radios, names their group (and is read once).
   */
  labelledBy?: string;
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

/**
 * Marks an events object whose listeners are its own methods, called on it: a light field's binding is its own
 * events object, with no closure per field. Other listeners are called with the template's host as `this`, as
 * Lit's `@input` bindings are, so a field element can pass its methods as they are.
 */
export const ownListeners: unique symbol = Symbol('own listeners');

/**
 * How a field's control reports the user's changes. Listeners are called with the native event, and with the
 * template's host as `this` (unless the object says {@link ownListeners}).
 */
export interface FieldEvents {
  input(event: Event): void;
  change(event: Event): void;
  /** Focus left the field (light fields inside a form; a field element listens on itself). */
  leave?(event: FocusEvent): void;
  readonly [ownListeners]?: true;
}

/** Calls `listener` of the events object `on` with `arg`, on `on` itself or on the template's host (see {@link ownListeners}). */
export function notify<T>(on: { readonly [ownListeners]?: true }, listener: ((arg: T) => void) | undefined, host: object, arg: T): void {
  listener?.call(on[ownListeners] ? on : host, arg);
}

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

/** ids for `aria-describedby`: the hint, a date field's format and the shown problem (undefined: no attribute). */
export function describedBy(view: FieldView, format = ''): string | undefined {
  // Concatenated, not a list joined: every field's update asks (most have none of them).
  let ids = view.hint ? `${view.ids}hint` : '';
  if (format) ids += `${ids ? ' ' : ''}${view.ids}format`;
  if (view.error) ids += `${ids ? ' ' : ''}${view.ids}error`;
  return ids || undefined;
}

/** `aria-invalid` while a problem is shown. */
export function ariaInvalid(view: FieldView): 'true' | undefined {
  return view.error ? 'true' : undefined;
}
