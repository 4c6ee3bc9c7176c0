import { html as litHtml, nothing, type TemplateResult } from 'lit';
import { type ChildPart, Directive, directive, type DirectiveResult, type ElementPart, type PartInfo, PartType } from 'lit/directive.js';
import { setChildPartValue } from 'lit/directive-helpers.js';
import { checkboxGroupTemplate } from '../checkbox-group/checkbox-group.template.js';
import { checkboxTemplate } from '../checkbox/checkbox.template.js';
import { dateFieldTemplate } from '../date-field/date-field.template.js';
import { dateFormatHint, dateProblem, isIsoDate, recordDate, toLocal, writeDate, type DateType } from '../date-field/date-values.js';
import { toggled } from '../choice/choice-values.js';
import type { FieldView } from '../form-control/field-template.js';
import { ownListeners } from '../form-control/field-view.js';
import { localise } from '../l10n/catalogue.js';
import { numberFieldTemplate } from '../number-field/number-field.template.js';
import { readNumber, writeNumber } from '../number-field/number-text.js';
import { radioGroupTemplate } from '../radio-group/radio-group.template.js';
import type { ValueNode } from '../schema/field-tree.js';
import { selectedValue, selectTemplate } from '../select/select.template.js';
import type { FormStore, PointerWatcher } from '../store/form-store.js';
import { textFieldTemplate, textOf, textValue } from '../text-field/text-field.template.js';
import { textareaTemplate } from '../textarea/textarea.template.js';
import { messageFor } from '../validation/message.js';
import type { Problem } from '../validation/problem.js';
import { lazyModule } from '../lazy-module.js';
import { loadForRender, whenIdle } from '../widgets/lazy.js';
import { showWhileInPlace } from '../templates/in-place.js';
import { inlined } from '../templates/compact-html.js';
import { ElementBinding } from '../templates/element-directive.js';
import { textInputTemplate } from '../form-control/text-input.template.js';
import { checkField } from './check-field.js';

/** Reading what a user types into a date field: fetched in idle time after a form first renders one, not waited for (see `#readDate`). */
const dateReading = lazyModule(() => import('../date-field/date-reading-chunk.js'));
let dateReadingPrefetched = false;

/** Fetches the date reading code once the page is idle (not in the render that found a date field, which it would slow down). */
function prefetchDateReading(): void {
  if (dateReadingPrefetched) return;
  dateReadingPrefetched = true;
  whenIdle(() => dateReading.load().catch(() => (dateReadingPrefetched = false)));
}

/** What a light field reads from its form besides its node and pointer. */
export interface FieldSettings {
  store: FormStore;
  lang: string;
  /** The whole form is read-only or disabled. */
  readonly: boolean;
  disabled: boolean;
}

let fields = 0;

/**
 * A light field: one value field of `<mk-form>` (every kind but signature and the JSON widgets), rendered from the same template as its standalone
 * element (`textFieldTemplate`, `radioGroupTemplate`, …) straight into the form's shadow root, with
 * no element, shadow root or `ElementInternals` of its own.
 *
 * It subscribes to its one pointer in the store (value and problems) and, when either changes,
 * re-renders only its own template (into its part, see `#show`), so a keystroke or a problem touches one field,
 * whatever the size of the form. Its own check is the one the form's per-keystroke validation runs
 * (`checkField`); its problem is shown once the user changed it and left it, or once the form
 * revealed its problems, exactly as a field element shows its own.
 *
 * It is its template's events object too (`input`, `change`, `leave`, `pick`, `toggle`, see `ownListeners`): a
 * form of thousands of fields makes no listener closures or events objects per field or per render.
 *
 * A plain directive, not an `AsyncDirective`: Lit keeps a `Set` on every part and template instance above an async
 * directive to tell it when it is disconnected (thousands in a large form, made in its first render). A field
 * removed from its form (a condition that stops holding, an array item, a new schema) instead stops watching the
 * store the next time the store tells it of a change (see `#show`); while its whole form is out of the page it keeps
 * up with the record, so it shows the record as it is when the form comes back (see `showWhileInPlace`).
 */
class FieldBinding extends Directive implements PointerWatcher {
  /** The part the field renders into, or (its widget's markup written into the template around it) the wrapper's. */
  #part?: ChildPart | ElementPart;
  /** On a wrapper: its widget's one binding, run by the field (see `inlineField`). */
  readonly #widget?: ElementBinding;
  readonly #ids = `f${++fields}-`;
  #node?: ValueNode;
  #pointer = '';
  #settings?: FieldSettings;
  #labelledBy?: string;
  #value: unknown;
  #storeProblem?: Problem;
  #dirty = false;
  /** A condition on the parent object requires this field now (see `ValueNode.requiredWhen`). */
  #conditionallyRequired = false;
  #interacted = false;
  /** A date or number field's text as the user typed it, kept until the field is left (and the language it was typed in). */
  #typed?: { text: string; lang: string };
  /** The store the field watches at `#watchedAt`, while it does. */
  #watched?: FormStore;
  #watchedAt = '';
  /** Stops following a condition that requires the field (`requiredWhen`). */
  #unfollow?: () => void;
  /** Rendering into its child part now (see `#show`). */
  #rendering = false;
  /** The widget rendered last (a text field with line breaks in its value renders as a textarea). */
  #shown = '';

  /** Its listeners are its own methods (see `ownListeners`). */
  get [ownListeners](): true {
    return true;
  }

  constructor(part: PartInfo) {
    super(part);
    if (part.type === PartType.ELEMENT) this.#widget = new ElementBinding();
    else if (part.type !== PartType.CHILD) throw new Error("field() renders a field in a child position, or on its widget's wrapper");
  }

  /** `labelledBy`: the id of an element beside the field that names it (see `FieldView.labelledBy`). */
  render(node: ValueNode, pointer: string, settings: FieldSettings, labelledBy?: string): TemplateResult {
    const rebind = settings.store !== this.#watched || pointer !== this.#watchedAt;
    this.#node = node;
    this.#settings = settings;
    this.#labelledBy = labelledBy;
    this.#pointer = pointer;
    if (rebind) this.#bind();
    return this.#template();
  }

  override update(part: ChildPart | ElementPart, args: Parameters<FieldBinding['render']>): TemplateResult | typeof nothing {
    this.#part = part;
    const template = this.render(...args);
    if (part.type === PartType.CHILD) return template;
    this.#widget!.run(part, template);
    return nothing;
  }

  /** Renders the field again on its own, after a change; a field removed from its form stops watching instead. */
  #show(): void {
    const part = this.#part!;
    showWhileInPlace(
      part.type === PartType.CHILD ? part.startNode : part.element,
      part.options?.host,
      () => {
        if (!this.#watched) return;
        if (part.type !== PartType.CHILD) return this.#widget!.run(part, this.#template());
        // Taking a focused control out of the page (a text field's textarea giving way to an input) tells the field it
        // was left while Lit is still replacing its markup: that render waits until this one is done.
        if (this.#rendering) return queueMicrotask(() => this.#show());
        this.#rendering = true;
        try {
          setChildPartValue(part, this.#template(), this);
        } finally {
          this.#rendering = false;
        }
      },
      () => this.#unbind(),
    );
  }

  #bind(): void {
    this.#unbind();
    const { store } = this.#settings!;
    const pointer = this.#pointer;
    this.#value = store.get(pointer);
    this.#storeProblem = store.problemsAt(pointer)[0];
    store.watch(pointer, this);
    this.#watched = store;
    this.#watchedAt = pointer;
    this.#conditionallyRequired = false;
    if (this.#node!.requiredWhen) {
      // Required while a condition on the object holds (dependentRequired, then/else): follows the object's data.
      const parent = pointer.slice(0, pointer.lastIndexOf('/'));
      this.#conditionallyRequired = this.#requiredBy(parent);
      this.#unfollow = store.onChange((changed) => {
        const related = changed === '' || changed === parent || changed.startsWith(parent + '/') || parent.startsWith(changed + '/');
        if (!related || this.#requiredBy(parent) === this.#conditionallyRequired) return;
        this.#conditionallyRequired = !this.#conditionallyRequired;
        this.#show();
      });
    }
  }

  #requiredBy(parent: string): boolean {
    const value = this.#settings!.store.get(parent);
    return this.#node!.requiredWhen!.some((holds) => holds(value));
  }

  #unbind(): void {
    this.#watched?.unwatch(this.#watchedAt, this);
    this.#watched = undefined;
    this.#unfollow?.();
    this.#unfollow = undefined;
  }

  /** The store's value changed (not by this field): shown as it is now. */
  valueChanged(): void {
    this.#value = this.#settings!.store.get(this.#pointer);
    this.#typed = undefined;
    this.#show();
  }

  problemsChanged(): void {
    this.#storeProblem = this.#settings!.store.problemsAt(this.#pointer)[0];
    this.#show();
  }

  /**
   * The user changed the value: into the store (which tells the form), then this field's markup. Text
   * typed in a one-line input (`typed`) is shown by the control already: while the field shows no problem or validity yet,
   * and the value stays set or unset (a default is offered as the placeholder of an unset one), its
   * markup would not change and is left as it is (a keystroke then costs no render).
   */
  #write(value: unknown, typed = false): void {
    const before = this.#value;
    this.#dirty = true;
    this.#value = value;
    this.#settings!.store.set(this.#pointer, value, { from: this });
    const same = typed && !this.#interacted && !this.#settings!.store.revealed && (before === undefined) === (value === undefined);
    if (!same) this.#show();
  }

  get #readonly(): boolean {
    const settings = this.#settings!;
    return settings.readonly || !!this.#node!.readOnly || settings.store.isReadonly(this.#pointer);
  }

  #view(): FieldView {
    const node = this.#node!;
    const { lang, disabled, store } = this.#settings!;
    // Nothing is shown before the user interacted or the form revealed its problems: no check needed
    // then (a form's first render checks none of its thousands of fields one by one).
    // A loaded record's problems (before any submit) are those listed: a required field left empty waits for the submit.
    const showing = this.#interacted || (store.revealed && (!store.revealedListedOnly || !!this.#storeProblem));
    const problem = showing ? ((disabled ? undefined : this.#check()) ?? this.#storeProblem) : undefined;
    const shown = !!problem;
    return {
      ids: this.#ids,
      label: localise(node.label, lang),
      hideLabel: !!node.labelHidden,
      labelledBy: this.#labelledBy,
      hint: localise(node.help, lang),
      required: (node.required || this.#conditionallyRequired) && node.valueType !== 'boolean',
      readonly: this.#readonly,
      disabled,
      lang,
      error: shown ? messageFor(problem, lang) : '',
      valid: this.#interacted && !problem,
      path: this.#pointer,
    };
  }

  /** The field's own check: a date field's text that is not a date names the pattern to follow. */
  #check(): Problem | undefined {
    const node = this.#node!;
    const date = this.#dateType;
    const text = date && typeof this.#value === 'string' ? this.#localDate(this.#value, date) : '';
    return (date && dateProblem(text, date, this.#settings!.lang, this.#pointer)) || checkField(node, this.#value, this.#pointer);
  }

  /** What a date field holds (undefined: not a date field). */
  get #dateType(): DateType | undefined {
    const node = this.#node!;
    if (node.widget !== 'date' && node.widget !== 'date-time') return undefined;
    return node.constraints.format === 'time' ? 'time' : node.widget;
  }

  /** A date field's record value in the form it is typed and shown in (`date-time` in local time). */
  #localDate(value: unknown, type: DateType): string {
    return type === 'date-time' && typeof value === 'string' ? toLocal(value) : textOf(value);
  }

  #date(view: FieldView, type: DateType): TemplateResult {
    const lang = view.lang;
    const local = this.#localDate(this.#value, type);
    // In another language, a date already read is written the new language's way.
    if (this.#typed && this.#typed.lang !== lang && isIsoDate(local, type)) this.#typed = undefined;
    const format = view.readonly || view.disabled ? '' : dateFormatHint(type, lang);
    if (!dateReading.loaded) prefetchDateReading();
    return dateFieldTemplate(Object.assign(view, { text: this.#typed?.text ?? writeDate(local, type, lang), format }), this);
  }

  /**
   * What was typed, read as a date. Before the reading code is there (a chunk, fetched in idle time after the
   * field first rendered, or by the first keystroke), ISO text and no text are read here and other text is kept as
   * typed, and read once the code arrives if it is still what the field holds (the form's `updateComplete`
   * waits for it).
   */
  #readDate(text: string, type: DateType, lang: string): string {
    const reading = dateReading.loaded;
    if (reading) return reading.readDate(text, type, lang);
    if (text.trim() === '') return '';
    if (isIsoDate(text, type)) return text;
    loadForRender(dateReading).then(
      ({ readDate }) => {
        if (this.#typed?.text === text && this.#typed.lang === lang) this.#write(recordDate(readDate(text, type, lang), type));
      },
      () => {
        // Not fetched: the text stays as typed, which the record's check reports as not a date.
      },
    );
    return text;
  }

  /** The user changed the control's value: read as the widget shown reads it (a choice group's options call `pick` or `toggle`). */
  input(event: Event): void {
    const control = event.target as HTMLInputElement;
    const text = control.value;
    switch (this.#shown) {
      case 'date': {
        const type = this.#dateType!;
        const lang = this.#settings!.lang;
        this.#typed = { text, lang };
        return this.#write(recordDate(this.#readDate(text, type, lang), type));
      }
      case 'checkbox':
        return this.#write(control.checked);
      case 'number': {
        const lang = this.#settings!.lang;
        this.#typed = { text, lang };
        return this.#write(readNumber(text, lang));
      }
      case 'select':
        return this.#write(selectedValue(this.#node!.choices ?? [], text));
      case 'textarea':
        return this.#write(textValue(text));
      case 'text':
        // What a one-line input reads is its text itself: the control shows the value as it is (see `#write`).
        return this.#write(textValue(text), true);
    }
  }

  change(event: Event): void {
    const date = this.#shown === 'date' ? this.#dateType! : undefined;
    if (date) {
      // Left after typing: a date read is shown the language's way from now on.
      if (isIsoDate(this.#localDate(this.#value, date), date)) this.#typed = undefined;
      this.#show();
    } else if (this.#shown === 'number' && typeof this.#value === 'number') {
      // Left after typing: "1.5" typed in a Norwegian form is shown as "1,5".
      this.#typed = undefined;
      this.#show();
    }
    // A control's `change` stays inside the form's shadow root; the form's users see it bubble out of the form.
    if (!event.composed) event.target!.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  leave(): void {
    if (!this.#dirty || this.#interacted) return;
    this.#interacted = true;
    this.#show();
  }

  /** A radio (or scale) option was chosen. */
  pick(index: number): void {
    if (!this.#readonly) this.#write(this.#node!.choices?.[index]?.value);
  }

  /** A checkbox of a group was ticked or unticked. */
  toggle(index: number): void {
    this.#write(toggled(this.#node!.choices ?? [], this.#value, index));
  }

  #template(): TemplateResult {
    const node = this.#node!;
    // A new view on each call, so the widget's own parts are added to it rather than to a copy.
    const view = this.#view();
    const lang = view.lang;
    const value = this.#value;
    const c = node.constraints;
    const options = node.choices ?? [];
    // A default the loaded record does not hold is offered, never written (docs/validation.md): a text
    // field shows it as its placeholder, a checkbox its default state.
    const offered = value === undefined ? node.default : undefined;
    const placeholder =
      localise(node.placeholder, lang) || (typeof offered === 'string' || typeof offered === 'number' ? writeNumber(offered, lang) : '');
    // A value with line breaks is never shown collapsed in a one-line input.
    const widget = node.widget === 'text' && typeof value === 'string' && /[\r\n]/.test(value) ? 'textarea' : node.widget;
    const date = this.#dateType;
    this.#shown = date ? 'date' : widget;
    if (date) return this.#date(view, date);
    switch (widget) {
      case 'textarea':
        return textareaTemplate(Object.assign(view, { value: textOf(value), placeholder, rows: node.rows ?? 3 }), this);
      case 'number':
        return numberFieldTemplate(
          // As typed while it is typed (a number written back would take the comma from "1,"), the language's way after.
          Object.assign(view, {
            value: this.#typed?.lang === lang ? this.#typed.text : writeNumber(value, lang),
            placeholder,
            integer: !!c.integer,
          }),
          this,
        );
      case 'checkbox':
        return checkboxTemplate(Object.assign(view, { checked: value === true || offered === true }), this);
      case 'select':
        return selectTemplate(Object.assign(view, { options, value }), this);
      case 'radio':
      case 'scale':
        return radioGroupTemplate(
          Object.assign(view, { options, value, orientation: node.widget === 'scale' ? ('horizontal' as const) : ('vertical' as const) }),
          this,
        );
      case 'checkboxes':
        return checkboxGroupTemplate(Object.assign(view, { options, value, orientation: 'vertical' as const }), this);
      default:
        this.#shown = 'text';
        return textFieldTemplate(
          Object.assign(view, {
            type: c.format === 'email' ? ('email' as const) : c.format === 'uri' ? ('url' as const) : ('text' as const),
            value: textOf(value),
            placeholder,
          }),
          this,
        );
    }
  }
}

/** Renders the value field of `node` at `pointer`, bound to the form's store (see {@link FieldBinding}). */
export const field = directive(FieldBinding);

/** A view that shows nothing: what a widget's template is called with for its markup alone (see `shapeOf`). */
const blank = {
  ids: '',
  label: '',
  hideLabel: false,
  hint: '',
  required: false,
  readonly: false,
  disabled: false,
  lang: '',
  error: '',
  valid: false,
};
const noEvents = { input() {}, change() {}, pick() {}, toggle() {} };

/** The markup (template strings) of each widget whose template is one binding on its wrapper, by widget. */
const shapes = new Map<string, TemplateStringsArray>();

/**
 * The markup of the widget `node` renders as, when its template is one element binding on its wrapper (textarea,
 * number and date fields, radio and checkbox groups): its template's strings, the same for every field of the widget
 * and for as long as the field is there. Undefined: the widget's template binds more than its wrapper (select,
 * checkbox), or its markup changes (a text field whose value has a line break shows a textarea).
 */
function shapeOf(node: ValueNode): TemplateStringsArray | undefined {
  const widget = node.widget;
  let shape = shapes.get(widget);
  if (shape) return shape;
  const choices = { ...blank, options: [], value: undefined, orientation: 'vertical' as const };
  if (widget === 'radio' || widget === 'scale') shape = radioGroupTemplate(choices, noEvents).strings;
  else if (widget === 'checkboxes') shape = checkboxGroupTemplate(choices, noEvents).strings;
  else if (widget === 'date' || widget === 'date-time' || widget === 'textarea' || widget === 'number')
    shape = textInputTemplate(blank, '', widget === 'textarea' ? 'textarea' : 'text', { value: '', attributes: {} }, noEvents).strings;
  else return undefined;
  shapes.set(widget, inlined(shape));
  return shape;
}

/**
 * The value field of `node` at `pointer`, bound to the form's store (see {@link FieldBinding}), as its widget's markup
 * with the binding on its wrapper: written into the template around it (this module's and compact-html's `html`,
 * see `inlined`), a form of hundreds of fields makes one template instance per group rather than one more per field.
 * Widgets whose template binds more than its wrapper render in a child part of their own (`field`).
 */
export function inlineField(
  node: ValueNode,
  pointer: string,
  settings: FieldSettings,
  labelledBy?: string,
): TemplateResult | DirectiveResult {
  const shape = shapeOf(node);
  return shape ? litHtml(shape, field(node, pointer, settings, labelledBy)) : field(node, pointer, settings, labelledBy);
}
