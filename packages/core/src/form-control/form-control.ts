import { consume } from '@lit/context';
import { LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { DirectiveResult } from 'lit/directive.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { languageTag } from '../l10n/lang.js';
import { LangController } from '../l10n/lang-controller.js';
import { type FormContext, formContext } from '../store/form-context.js';
import type { FormStore, PointerWatcher } from '../store/form-store.js';
import * as safePatterns from '@mentorkit/schemas/safe-pattern.js';
import { checkConstraints, type Constraints } from '../validation/constraints.js';
import { usePatternEngine } from '../validation/pattern-engine.js';
import { messageFor } from '../validation/message.js';
import type { Problem } from '../validation/problem.js';
import { flagFor } from '../validation/validity-flag.js';
import {
  ariaInvalid,
  describedBy,
  fieldError,
  type FieldEvents,
  fieldHint,
  fieldLabel,
  type FieldView,
  requiredMark,
} from './field-template.js';
import { ThemeClasses } from '../styles/theme-classes.js';

// A control on its own checks its `pattern` at once: it brings the engine with it (<mk-form> loads it when a schema needs it).
usePatternEngine(safePatterns);

/**
 * The one base class of every Mentorkit control. It is form-associated (ElementInternals): it
 * submits its value under `name`, takes part in reset, `disabled` fieldsets and state restore, and
 * maps its constraints to the platform's `ValidityState` with the inner control as anchor.
 *
 * Inside `<mk-form>` (or a document element) a control with a `path` reads and writes its value in
 * the form's store, and shows the problems the whole-record validation finds at that path.
 *
 * @attribute lang - The language it reads in (BCP 47); else an ancestor's or the page's. A change re-renders it at once, keeping what was typed.
 * @cssstate user-invalid - The value is invalid and the user has interacted with the control or tried to submit.
 * @cssstate user-valid - The value is valid and the user has interacted with the control.
 */
export abstract class MkFormControl extends LitElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  protected readonly internals: ElementInternals;

  /** Name under which the value is submitted with a host `<form>`. */
  // Reflected for styling and host scripts, but only once set: an empty `name=""` on every field of a
  // large form costs attribute writes for nothing.
  @property({ reflect: true }) name?: string;

  /** Visible label text. */
  @property() label = '';

  /** Keeps the label for screen readers but hides it visually (when the layout shows it elsewhere). */
  @property({ type: Boolean, attribute: 'hide-label', reflect: true }) hideLabel = false;

  /** Help text shown under the label and read as the control's description. */
  @property() hint = '';

  /** Disables the control; it is then neither editable nor submitted. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** The control must have a value before the form submits. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** The value can be read, focused and copied, but not changed. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** JSON Pointer of this control's value inside the surrounding `<mk-form>`'s record. */
  @property() path?: string;

  /** Field-level JSON Schema constraints (minLength, maxLength, pattern, minimum, maximum, format). */
  @property({ attribute: false }) constraints: Constraints = {};

  @consume({ context: formContext, subscribe: true })
  @state()
  protected formContext?: FormContext;

  @state() protected formDisabled = false;
  /** Set once the user changed the value and left the control, or tried to submit. */
  @state() protected interacted = false;
  /** The problem shown (or to be shown): the control's own first, else the record's at `path`. */
  protected problem?: Problem;
  @state() protected storeProblem?: Problem;

  #customMessage = '';
  /** Watches `path` in the form's store while bound (see `#bind`). */
  #watcher?: PointerWatcher;
  #boundPath?: string;
  #boundStore?: FormStore;
  readonly #langs = new LangController(this);

  constructor() {
    super();
    // Gives the page the rules of the .mk-theme-* classes (styles/theme-classes.ts).
    new ThemeClasses(this);
    this.internals = this.attachInternals();
    this.addEventListener('invalid', () => {
      this.interacted = true;
    });
    this.addEventListener('focusout', () => {
      if (this.dirty) this.interacted = true;
    });
  }

  /** The value as it goes into the record: a string, number, boolean, array or undefined when empty. */
  abstract get modelValue(): unknown;
  abstract set modelValue(value: unknown);

  /** The value submitted with a host `<form>`. */
  protected abstract formValue(): string | File | FormData | null;

  /** Restores the default value (the `value`/`checked` attribute). */
  protected abstract resetValue(): void;

  /** The inner native control: the anchor of validation messages and the target of focus. */
  protected abstract get anchor(): HTMLElement | null | undefined;

  /** True once the user changed the value since the last reset. */
  protected dirty = false;

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  get labels(): NodeList {
    return this.internals.labels;
  }
  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  reportValidity(): boolean {
    this.interacted = true;
    return this.internals.reportValidity();
  }
  /** Sets a custom error message; an empty string clears it. */
  setCustomValidity(message: string): void {
    this.#customMessage = message;
    this.updateValidity();
    this.requestUpdate();
  }

  /** The language used for built-in messages (own `lang`, the form's, an ancestor's, or the page's). */
  protected get language(): string {
    return (this.lang ? languageTag(this.lang) : undefined) ?? this.formContext?.lang ?? this.#langs.value;
  }

  /** Holds each update until the catalogue of the control's language is loaded (see `LangController.translated`). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.#langs.translated(this.language, () => super.scheduleUpdate());
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // Its own `lang` re-renders it at once (an ancestor's reaches it through the controller's observer).
    if (name === 'lang') {
      this.#langs.check();
      this.requestUpdate();
    }
  }

  /** Disabled directly, by a disabled fieldset or form, or by the surrounding `<mk-form>`. */
  protected get isDisabled(): boolean {
    return this.disabled || this.formDisabled || !!this.formContext?.disabled;
  }

  /** Read-only directly, by the surrounding form, or because the current role may not write this path. */
  protected get isReadonly(): boolean {
    const ctx = this.formContext;
    return this.readonly || !!ctx?.readonly || (!!ctx && this.path !== undefined && ctx.store.isReadonly(this.path));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#bind();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unbind();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('path') || changed.has('formContext')) this.#bind();
    this.updateValidity();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const showInvalid = this.showsProblem;
    const states = this.internals.states;
    toggleState(states, 'user-invalid', showInvalid);
    toggleState(states, 'user-valid', this.interacted && !this.problem && !this.#customMessage);
  }

  /** Whether the problem (if any) is shown now: after interaction, or once the form revealed problems. */
  protected get showsProblem(): boolean {
    const store = this.formContext?.store;
    const revealed =
      !!store?.revealed && (!store.revealedListedOnly || (this.path !== undefined && store.problemsAt(this.path).length > 0));
    return !!this.problem && (this.interacted || revealed);
  }

  /** Subclasses call this after the user changed the value. Writes to the store and the form value. */
  protected commit(): void {
    this.dirty = true;
    if (this.formContext && this.path !== undefined) this.formContext.store.set(this.path, this.modelValue, { from: this.#watcher });
    this.internals.setFormValue(this.formValue());
    this.updateValidity();
    this.requestUpdate();
  }

  /** Re-dispatches the inner control's `change` (which does not cross the shadow boundary). */
  protected emitChange(): void {
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  /** Computes validity from the constraints, the store's problems and the custom message. */
  protected updateValidity(): void {
    const local = this.isDisabled ? undefined : this.checkValue();
    const problem = local ?? this.storeProblem;
    this.problem = problem;
    const anchor = this.anchor ?? undefined;
    if (this.#customMessage) this.#setValidity({ customError: true }, this.#customMessage, anchor);
    else if (problem) this.#setValidity({ [flagFor(problem.keyword)]: true }, messageFor(problem, this.language), anchor);
    else this.#setValidity({}, '', undefined);
  }

  #validityKey = '';

  /**
   * Sets validity only when it changes: every call makes Chromium recompute `:invalid` up the tree
   * (fieldsets included), which on a large form costs more than the keystroke itself.
   */
  #setValidity(flags: ValidityStateFlags, message: string, anchor: HTMLElement | undefined): void {
    const key = `${Object.keys(flags).join()}|${message}|${anchor ? 'a' : ''}`;
    if (key === this.#validityKey) return;
    this.#validityKey = key;
    this.internals.setValidity(flags, message, anchor);
  }

  /** The control's own constraint check. Subclasses with extra rules extend it. */
  protected checkValue(): Problem | undefined {
    return checkConstraints(this.modelValue, this.effectiveConstraints(), this.path ?? '');
  }

  /** The constraints checked: `constraints` plus what attributes add (`required`, bounds). */
  protected effectiveConstraints(): Constraints {
    return { ...this.constraints, required: this.required };
  }

  formResetCallback(): void {
    this.resetValue();
    this.dirty = false;
    this.interacted = false;
    this.internals.setFormValue(this.formValue());
    this.requestUpdate();
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.restoreState(state);
  }

  /** Restores a value the browser kept (back/forward navigation, autofill). */
  protected restoreState(state: string): void {
    this.modelValue = state;
  }

  protected override firstUpdated(): void {
    this.internals.setFormValue(this.formValue());
    // The anchor exists only now; validity set before first render had none.
    this.updateValidity();
  }

  // ---------- rendering: the shared field templates, fed from this element's properties ----------

  /** What the field's template shows, from this element's properties and state. */
  protected get view(): FieldView {
    return {
      ids: '',
      label: this.label,
      hideLabel: this.hideLabel,
      hint: this.hint,
      required: this.required,
      readonly: this.isReadonly,
      disabled: this.isDisabled,
      lang: this.language,
      error: this.showsProblem ? messageFor(this.problem!, this.language) : '',
      valid: this.interacted && !this.problem && !this.#customMessage,
    };
  }

  /** The control's listeners, for its template (called with this element as `this`). */
  protected get events(): FieldEvents {
    return { input: this.onInput, change: this.emitChange };
  }

  /** Subclasses with a native control handle its `input` here. */
  protected onInput(_event: Event): void {}

  protected renderLabel(): TemplateResult {
    return fieldLabel(this.view);
  }

  protected renderRequiredMark(): TemplateResult | typeof nothing {
    return requiredMark(this.view);
  }

  protected renderHint(): TemplateResult | DirectiveResult | typeof nothing {
    return fieldHint(this.view);
  }

  protected renderProblem(): TemplateResult | DirectiveResult | typeof nothing {
    return fieldError(this.view);
  }

  /** ids for aria-describedby: the hint and the shown problem (a control with more extends it). */
  protected get describedBy(): string | undefined {
    return describedBy(this.view);
  }

  protected describedByAttr() {
    return ifDefined(this.describedBy);
  }

  protected get ariaInvalidValue(): 'true' | undefined {
    return ariaInvalid(this.view);
  }

  #bind(): void {
    const ctx = this.formContext;
    const path = ctx ? this.path : undefined;
    if (this.#watcher && path === this.#boundPath && ctx?.store === this.#boundStore) return;
    this.#unbind();
    if (!ctx || path === undefined) return;
    const { store } = ctx;
    const watcher: PointerWatcher = {
      valueChanged: () => {
        this.modelValue = store.get(path);
        this.internals.setFormValue(this.formValue());
      },
      problemsChanged: () => {
        this.storeProblem = store.problemsAt(path)[0];
        this.requestUpdate();
      },
    };
    watcher.valueChanged();
    watcher.problemsChanged!();
    store.watch(path, watcher);
    this.#watcher = watcher;
    this.#boundPath = path;
    this.#boundStore = store;
  }

  #unbind(): void {
    if (this.#watcher) this.#boundStore!.unwatch(this.#boundPath!, this.#watcher);
    this.#watcher = undefined;
    this.#boundPath = undefined;
    this.#boundStore = undefined;
  }
}

/** Sets a custom state only when it changes: Chromium restyles on every add or delete, even a repeated one. */
export function toggleState(states: CustomStateSet, name: string, on: boolean): void {
  if (on === states.has(name)) return;
  if (on) states.add(name);
  else states.delete(name);
}
