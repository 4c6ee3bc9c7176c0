import { ContextProvider } from '@lit/context';
import { html, LitElement, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { localise, term } from '../l10n/catalogue.js';
import { LangController } from '../l10n/lang-controller.js';
import { buildFieldTree, type FieldNode, SchemaError, type SchemaIssue, type ValueNode } from '../schema/field-tree.js';
import type { UiMap } from '../schema/json-schema.js';
import { formContext } from '../store/form-context.js';
import { FormStore } from '../store/form-store.js';
import { messageFor } from '../validation/message.js';
import type { Problem } from '../validation/problem.js';
import type { Autosave } from '../drafts/autosave.js';
import { applyDefaults } from './defaults.js';
import { checkField } from './check-field.js';
import { MkInvalidEvent, MkSubmitEvent } from './events.js';
import { formStyles } from './form.styles.js';
import { findField, labelFor, nodeAt } from './locate.js';
import { renderField } from './render-field.js';

/** Validates a whole record; returns its problems in the shared error shape (empty when valid). */
export type RecordValidator = (value: unknown) => Problem[];

/**
 * Renders any JSON Schema as an accessible form and edits one JSON record. Inside a host `<form>`
 * it submits the whole record as JSON under its `name`, blocks the host's submit while the record
 * is invalid, and takes part in reset and disabled.
 *
 * @summary Form engine: JSON Schema in, JSON record out.
 * @event input - A field changed (bubbles from the field).
 * @event change - A field's change was committed (bubbles from the field).
 * @event mk-submit - A submit found the record valid; `event.value` is the record. Cancel it to stop a host form submitting.
 * @event mk-invalid - A submit found problems; `event.problems` lists them.
 * @csspart group - A fieldset of a nested object.
 * @csspart error-summary - The list of problems shown after a submit.
 * @csspart schema-error - The panel shown when the schema or UI hints cannot be rendered.
 * @csspart submit - The submit button.
 * @cssproperty --mk-form-group-border-color - Border of nested fieldsets.
 * @cssstate invalid - The record has problems (shown or not).
 */
export class MkForm extends LitElement {
  static formAssociated = true;
  static override styles = formStyles;

  /** The JSON Schema to render (draft-07 or 2020-12; local `$ref`s). */
  @property({ attribute: false }) schema?: object;

  /** UI hints keyed by dotted path: `{ "notes": "textarea", "points.p1.rating": { "widget": "radio" } }`. */
  @property({ attribute: false }) ui: UiMap = {};

  /**
   * Validates the whole record. Give a precompiled validator for schemas known at build time
   * (`mentorkit compile`); without one, the schema is interpreted at run time (CSP-safe).
   */
  @property({ attribute: false }) validator?: RecordValidator;

  /** Name under which the record is submitted (as JSON) with a host `<form>`. */
  @property({ reflect: true }) name = '';

  /** Every field can be read but not changed. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** Every field is disabled; the record is not submitted with a host form. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Text of the submit button. Defaults to the catalogue's "Submit". */
  @property({ attribute: 'submit-label' }) submitLabel = '';

  /** Hides the submit button (for a host form with its own button). */
  @property({ type: Boolean, attribute: 'no-submit' }) noSubmit = false;

  /**
   * Keeps a draft of the record in this browser (IndexedDB) under this key while it is edited,
   * restores it after a reload or crash, warns before the page closes with unsaved changes, and
   * notices another tab editing the same draft. Empty: off.
   */
  @property() autosave = '';

  @state() private draftNotice?: { kind: 'restored'; savedAt: string } | { kind: 'conflict' };

  /** The field tree of `schema` and `ui`, or undefined while there is none (or it has issues). */
  @state() protected tree?: FieldNode;
  /** Problems with the schema or UI map (or, in a document element, the template): shown instead of the form. */
  @state() protected schemaIssues: SchemaIssue[] = [];
  /**
   * The problems the summary lists. Not reactive state: the summary renders on its own (see
   * `#renderSummaryContent`), so showing an error does not re-render every field of a large form.
   */
  private shownProblems: Problem[] = [];
  @state() private formDisabled = false;

  @query('.summary') private summary?: HTMLElement;

  readonly #internals: ElementInternals;
  readonly #store = new FormStore({});
  #autosave?: Autosave;
  /** The draft key autosave runs (or is starting) for; the module loads only for forms that autosave. */
  #autosaveKey = '';
  /** The user changed something since the record was loaded (kept for an autosave that is still loading). */
  #edited = false;
  readonly #provider: ContextProvider<typeof formContext>;
  /** Re-renders the form, and tells its fields, when the language it reads in changes. */
  readonly #langs = new LangController(this, () => {
    this.#provider.setValue(this.#context());
    this.requestUpdate();
  });
  #initial: unknown = {};
  /** The object last given to `value` (compared by identity). */
  #assigned: unknown;
  #runtimeValidator?: RecordValidator;
  #runtimeFor?: object;
  /** Settles once the validator being loaded (the run-time one, or one a subclass loads) is ready. */
  #validatorLoading: Promise<void> = Promise.resolve();
  /** True while a validator is loading: until then the record cannot be checked as a whole. */
  #validatorPending = false;
  /** The validator a subclass gave with `loadValidator` (not the reactive `validator`: it changes no rendering). */
  #ownValidator?: RecordValidator;
  #problems: Problem[] = [];
  #syncQueued = false;
  /** Pointers changed since the last sync ('' when the whole record was replaced). */
  #changed = new Set<string>();
  /** True while the problems come from checking only the changed fields; the whole record is checked soon after. */
  #partial = false;
  #fullCheck?: ReturnType<typeof setTimeout>;
  #hostForm: HTMLFormElement | null = null;
  #validityMessage: string | undefined;
  #validityAnchored = false;
  /** Set when a record is loaded: once validated, data that is wrong (not merely missing) is shown with its problems. */
  #checkLoaded = false;

  constructor() {
    super();
    this.#internals = this.attachInternals();
    this.#provider = new ContextProvider(this, { context: formContext, initialValue: this.#context() });
    this.#store.onChange((pointer) => {
      this.#changed.add(pointer);
      this.#queueSync();
      // Loading or restoring a whole record is not an edit.
      if (pointer !== '') {
        this.#edited = true;
        this.#autosave?.changed();
      }
    });
    this.addEventListener('invalid', (event) => {
      event.preventDefault();
      void this.#reveal();
    });
  }

  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.#hostForm?.removeEventListener('submit', this.#onHostSubmit, { capture: true });
    this.#hostForm?.removeEventListener('click', this.#onHostClick, { capture: true });
    this.#hostForm = form;
    form?.addEventListener('submit', this.#onHostSubmit, { capture: true });
    form?.addEventListener('click', this.#onHostClick, { capture: true });
    if (form) this.#updateFormValue();
  }

  /**
   * A click on the host form's submit button (also the one Enter clicks) submits right after this
   * event, and the form's own validation reads this element's validity first. Right after typing
   * that validity comes from the typed fields' checks alone: check the whole record now.
   */
  #onHostClick = (event: MouseEvent): void => {
    const target = event.target as { form?: HTMLFormElement | null; type?: string };
    if (target.form === this.#hostForm && (target.type === 'submit' || target.type === 'image')) this.#flush();
  };

  #updateFormValue(): void {
    this.#internals.setFormValue(this.disabled ? null : JSON.stringify(this.#store.value));
  }

  /**
   * The host form passed its constraint validation, which reads the validity kept up to date field by
   * field. Before its data is collected, check the whole record once more (rules across fields) and
   * stop the submission if that finds problems.
   */
  #onHostSubmit = (event: SubmitEvent): void => {
    if (this.#validatorPending && !this.disabled && !this.formDisabled) {
      // The record cannot be checked yet: submit again once the validator has checked it.
      event.preventDefault();
      const { submitter } = event;
      void this.#validatorLoading.then(() => {
        this.#flush();
        if (this.#problems.length) void this.#reveal();
        else if (!this.#validatorPending) this.form?.requestSubmit(submitter);
      });
      return;
    }
    this.#flush();
    if (this.#problems.length && !this.disabled && !this.formDisabled) {
      event.preventDefault();
      void this.#reveal();
    }
  };

  /**
   * The record. Read it to save; set it to load. The object is live: copy it before changing it.
   * Setting the object the form already holds (the one last set, or the live record) does nothing.
   */
  get value(): unknown {
    return this.#store.value;
  }
  set value(value: unknown) {
    // Frameworks set bound properties again on every render (Vue always patches `value`, @lit/react
    // sets every prop): the record the form already holds is not loaded again over the user's edits.
    if (value !== undefined && (value === this.#assigned || value === this.#store.value)) return;
    this.#assigned = value;
    this.#initial = value === undefined ? {} : structuredClone(value);
    this.#load();
  }

  /** The store of this form (for document elements that lay out fields themselves). */
  get store(): FormStore {
    return this.#store;
  }

  /** Resolves once the validator for the current schema is ready (the runtime one loads on demand). */
  get validationReady(): Promise<void> {
    return this.#validatorLoading;
  }

  /**
   * For subclasses whose validator loads on demand (a lazy chunk). Until it is ready the form checks
   * fields one by one, `submit()` and a host form's submit wait for it, and then it checks the record.
   */
  protected loadValidator(loading: Promise<RecordValidator> | RecordValidator | undefined): void {
    if (!(loading instanceof Promise)) {
      // Already loaded (or none): no waiting, and any load still in flight no longer applies.
      this.#validatorLoading = Promise.resolve();
      this.#validatorPending = false;
      this.#ownValidator = loading;
      return;
    }
    this.#ownValidator = undefined;
    this.#validatorPending = true;
    const settled: Promise<void> = loading.then(
      (validator) => {
        if (this.#validatorLoading !== settled) return;
        this.#ownValidator = validator;
        this.#validatorPending = false;
        this.#sync('full');
      },
      (error: unknown) => this.#validatorFailed(settled, error),
    );
    this.#validatorLoading = settled;
  }

  #validatorFailed(loading: Promise<void>, error: unknown): void {
    if (this.#validatorLoading !== loading) return;
    this.#validatorPending = false;
    this.schemaIssues = [{ at: '', message: `The validator could not be loaded: ${String((error as Error)?.message ?? error)}` }];
  }

  /** The problems of the record now, shown or not. */
  get problems(): Problem[] {
    this.#flush();
    return this.#problems;
  }

  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }
  get validity(): ValidityState {
    this.#flush();
    return this.#internals.validity;
  }
  get validationMessage(): string {
    this.#flush();
    return this.#internals.validationMessage;
  }
  checkValidity(): boolean {
    this.#flush();
    return this.#internals.checkValidity();
  }
  /** Shows the problems (if any) and moves focus to their summary. */
  reportValidity(): boolean {
    this.#flush();
    if (this.#problems.length) void this.#reveal();
    return this.#problems.length === 0;
  }

  /**
   * Validates and, when valid, fires `mk-submit` and submits the host form (if any). When invalid,
   * shows the problems, fires `mk-invalid` and focuses the summary.
   */
  async submit(): Promise<boolean> {
    await this.validationReady;
    this.#flush();
    if (this.#problems.length) {
      await this.#reveal();
      return false;
    }
    const event = new MkSubmitEvent(this.#store.value);
    this.dispatchEvent(event);
    if (!event.defaultPrevented) {
      void this.clearDraft();
      this.form?.requestSubmit();
    }
    return true;
  }

  formResetCallback(): void {
    this.#load();
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    try {
      this.#store.replace(JSON.parse(state));
    } catch {
      // A state the browser kept from another version of the page: keep the current record.
    }
  }

  /** Saves the draft now rather than when typing pauses (nothing happens while another tab owns the draft). */
  async saveDraft(): Promise<void> {
    await this.#autosave?.flush();
  }

  /** Removes the saved draft (call it once the host stored the record itself). */
  async clearDraft(): Promise<void> {
    this.draftNotice = undefined;
    this.#edited = false;
    await this.#autosave?.clear();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeunload', this.#onBeforeUnload);
    void this.#startAutosave();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeunload', this.#onBeforeUnload);
    void this.#startAutosave();
  }

  /** With autosave on, warns before the page closes while there are changes that were not submitted. */
  #onBeforeUnload = (event: BeforeUnloadEvent): void => {
    if (!this.autosave || !this.#edited) return;
    event.preventDefault();
    // Older browsers show the dialog only when returnValue is set.
    event.returnValue = '';
  };

  /** Starts, stops or re-keys autosave to match `autosave` and whether the form is in the page. */
  async #startAutosave(): Promise<void> {
    const key = this.isConnected ? this.autosave : '';
    if (key === this.#autosaveKey) return;
    this.#autosave?.dispose();
    this.#autosave = undefined;
    this.#autosaveKey = key;
    if (!key) return;
    const { Autosave } = await import('../drafts/autosave.js');
    if (this.#autosaveKey !== key) return;
    const autosave = new Autosave(key, () => this.#store.value, {
      restored: (draft) => {
        if (JSON.stringify(draft.value) === JSON.stringify(this.#store.value)) return;
        this.#store.replace(structuredClone(draft.value));
        this.draftNotice = { kind: 'restored', savedAt: draft.savedAt };
      },
      conflict: () => (this.draftNotice = { kind: 'conflict' }),
    });
    this.#autosave = autosave;
    void autosave.restore();
    if (this.#edited) autosave.changed();
  }

  async #discardDraft(): Promise<void> {
    await this.clearDraft();
    this.#load();
  }

  #takeOverDraft(): void {
    this.draftNotice = undefined;
    this.#autosave?.takeOver();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('autosave')) void this.#startAutosave();
    if (changed.has('schema') || changed.has('ui')) this.#compile();
    if (changed.has('readonly') || changed.has('disabled') || changed.has('formDisabled')) {
      this.#provider.setValue(this.#context());
    }
  }

  /** Tells every field to re-read the form's settings (after readonly pointers or roles changed). */
  protected refreshFields(): void {
    this.#provider.setValue(this.#context(), true);
  }

  #context() {
    return {
      store: this.#store,
      lang: this.#lang,
      readonly: this.readonly,
      disabled: this.disabled || this.formDisabled,
    };
  }

  #compile(): void {
    try {
      this.tree = this.schema === undefined ? undefined : buildFieldTree(this.schema, this.ui);
      this.schemaIssues = [];
    } catch (error) {
      this.tree = undefined;
      this.schemaIssues = error instanceof SchemaError ? error.issues : [{ at: '', message: String((error as Error)?.message ?? error) }];
    }
    this.#load();
  }

  #load(): void {
    let value: unknown = structuredClone(this.#initial ?? {});
    if (this.tree) value = applyDefaults(this.tree, value);
    this.#store.replace(value);
    this.#store.setProblems([], { reveal: false });
    this.#showProblems([]);
    this.#checkLoaded = true;
    this.#edited = false;
    // Queued, not at once: a schema and a value set together (as frameworks do) are checked once.
    this.#queueSync();
  }

  /** Syncs after the current task's changes, checking only the changed fields where it can. */
  #queueSync(): void {
    if (this.#syncQueued) return;
    this.#syncQueued = true;
    queueMicrotask(() => {
      if (this.#syncQueued) this.#sync();
    });
  }

  /** Brings the problems up to date with the whole record (before a submit, or when asked for validity). */
  #flush(): void {
    if (this.#syncQueued || this.#partial) this.#sync('full');
  }

  /**
   * Form value, validity and (once revealed) the problems shown, after the record changed. A change
   * to single fields re-checks only those fields, so the work per keystroke does not grow with the
   * form; the whole record is checked when typing pauses, and always before a submit.
   */
  #sync(mode: 'full' | 'changes' = 'changes'): void {
    this.#syncQueued = false;
    const changed = [...this.#changed];
    this.#changed.clear();
    const value = this.#store.value;
    clearTimeout(this.#fullCheck);
    if (this.schemaIssues.length) {
      this.#problems = [];
      this.#partial = false;
    } else if (mode === 'changes' && this.#patchProblems(changed)) {
      this.#partial = true;
      this.#fullCheck = setTimeout(() => this.#sync('full'), 300);
    } else {
      this.#problems = this.#validate(value);
      this.#partial = false;
    }
    // Serialising the record costs time with its size: only a form-associated element inside a form needs it.
    if (this.#hostForm) this.#updateFormValue();
    const first = this.#problems[0];
    const message = this.schemaIssues.length
      ? term(this.#lang, 'schemaErrorTitle')
      : first
        ? term(this.#lang, 'errorSummaryTitle', { count: this.#problems.length })
        : '';
    // Only on change: each call makes the browser recompute :invalid up the tree.
    if (message !== this.#validityMessage || (message && !this.#validityAnchored && this.summary)) {
      this.#validityMessage = message;
      this.#validityAnchored = !!this.summary;
      this.#internals.setValidity(message ? { customError: true } : {}, message, this.summary ?? undefined);
    }
    // Touch the custom state only when it changes: setting it restyles the whole form.
    const invalid = !!(this.schemaIssues.length || first);
    if (invalid !== this.#internals.states.has('invalid')) {
      if (invalid) this.#internals.states.add('invalid');
      else this.#internals.states.delete('invalid');
    }
    if (this.#checkLoaded && this.#validatorAvailable) {
      this.#checkLoaded = false;
      if (this.#problems.some((p) => p.keyword !== 'required')) this.#store.setProblems(this.#problems, { reveal: true });
    }
    if (this.#store.revealed) {
      this.#store.setProblems(this.#problems);
      this.#showProblems(this.#problems);
    }
  }

  /** Updates the error summary, only when what it lists changed (it re-renders with the form). */
  #showProblems(problems: Problem[]): void {
    const key = (list: Problem[]) => list.map((p) => `${p.pointer} ${p.keyword} ${p.key}`).join('\n');
    if (key(problems) === key(this.shownProblems)) return;
    this.shownProblems = problems;
    this.#renderSummaryContent();
  }

  /**
   * Replaces the known problems of the changed fields with their own checks. Returns false when a
   * change is not to a single field (a whole record, an array reordered), which needs a full check.
   */
  #patchProblems(changed: string[]): boolean {
    if (!this.tree || !changed.length || !this.#validatorAvailable) return false;
    const nodes = changed.map((pointer) => (pointer === '' ? undefined : nodeAt(this.tree!, pointer)));
    if (nodes.some((node) => node?.kind !== 'value')) return false;
    const touched = (pointer: string) => changed.some((p) => pointer === p || pointer.startsWith(p + '/'));
    const problems = this.#problems.filter((problem) => !touched(problem.pointer));
    changed.forEach((pointer, i) => {
      const problem = checkField(nodes[i] as ValueNode, this.#store.get(pointer), pointer);
      if (problem) problems.push(problem);
    });
    this.#problems = problems;
    return true;
  }

  get #validatorAvailable(): boolean {
    return !this.#validatorPending && (!!this.validator || !!this.#ownValidator || !this.schema || !!this.#runtimeValidator);
  }

  #validate(value: unknown): Problem[] {
    const given = this.validator ?? this.#ownValidator;
    if (given) return given(value);
    if (!this.schema || this.#validatorPending) return [];
    if (this.#runtimeFor !== this.schema) {
      this.#runtimeFor = this.schema;
      this.#runtimeValidator = undefined;
      this.#validatorPending = true;
      const loading: Promise<void> = import('../validation/runtime-validator.js').then(
        ({ createRuntimeValidator }) => {
          if (this.#validatorLoading !== loading) return;
          this.#validatorPending = false;
          // A schema set while this one loaded starts its own load in the check below.
          if (this.#runtimeFor === this.schema) {
            try {
              this.#runtimeValidator = createRuntimeValidator(this.schema!);
            } catch (error) {
              this.schemaIssues = [{ at: '', message: String((error as Error)?.message ?? error) }];
            }
          }
          this.#sync('full');
        },
        (error: unknown) => this.#validatorFailed(loading, error),
      );
      this.#validatorLoading = loading;
    }
    return this.#runtimeValidator?.(value) ?? [];
  }

  get #lang(): string {
    return this.#langs.value;
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // Its own `lang` re-renders it at once (an ancestor's reaches it through the controller's observer).
    if (name === 'lang') this.#langs.check();
  }

  async #reveal(): Promise<void> {
    this.#flush();
    this.#store.setProblems(this.#problems, { reveal: true });
    this.#showProblems(this.#problems);
    this.dispatchEvent(new MkInvalidEvent(this.#problems));
    await this.updateComplete;
    this.summary?.focus();
  }

  /** The form's custom states (`:state(…)`), for subclasses that add their own (it keeps `invalid`). */
  protected get customStates(): CustomStateSet {
    return this.#internals.states;
  }

  /** The language the form reads in. */
  protected get language(): string {
    return this.#lang;
  }

  /** Renders the field (or group) at a record pointer with the engine's field elements. */
  protected renderPath(pointer: string, options: { bare?: boolean } = {}): TemplateResult | typeof nothing {
    const node = this.tree && nodeAt(this.tree, pointer);
    return node ? renderField(node, pointer, { store: this.#store, lang: this.#lang }, options) : nothing;
  }

  /** The form's content between the error summary and the submit button. Document elements lay it out themselves. */
  protected renderBody(): TemplateResult | typeof nothing {
    return this.renderPath('', { bare: this.tree?.kind === 'object' });
  }

  override render(): TemplateResult {
    const lang = this.#lang;
    if (this.schemaIssues.length) return this.#renderSchemaError(lang);
    if (!this.tree) return html``;
    return html`
      ${this.#renderDraftNotice(lang)}
      <div class="summary" part="error-summary" tabindex="-1" role="alert" aria-labelledby="summary-title" hidden></div>
      ${this.renderBody()}
      ${
        this.noSubmit || this.readonly
          ? nothing
          : html`<div class="actions">
              <button type="button" part="submit" ?disabled=${this.disabled || this.formDisabled} @click=${() => this.submit()}>
                ${this.submitLabel || term(lang, 'submit')}
              </button>
            </div>`
      }
    `;
  }

  #renderDraftNotice(lang: string): TemplateResult | typeof nothing {
    const notice = this.draftNotice;
    if (!notice) return nothing;
    if (notice.kind === 'restored') {
      const time = new Date(notice.savedAt).toLocaleString(lang);
      return html`<div class="notice" part="draft-notice" role="status">
        <span class="notice-icon" aria-hidden="true">↺</span>
        <span>${term(lang, 'draftRestored', { time })}</span>
        <button type="button" @click=${() => this.#discardDraft()}>${term(lang, 'discardDraft')}</button>
      </div>`;
    }
    return html`<div class="notice warning" part="draft-notice" role="alert">
      <span class="notice-icon" aria-hidden="true">⚠</span>
      <span>${term(lang, 'draftConflict')}</span>
      <button type="button" @click=${() => this.#takeOverDraft()}>${term(lang, 'takeOverDraft')}</button>
    </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#renderSummaryContent();
  }

  /** Renders the error summary into its own element, apart from the form's template. */
  #renderSummaryContent(): void {
    const summary = this.summary;
    if (!summary) return;
    const problems = this.shownProblems;
    const lang = this.#lang;
    summary.hidden = problems.length === 0;
    render(
      problems.length
        ? html`<h2 id="summary-title">${term(lang, 'errorSummaryTitle', { count: problems.length })}</h2>
            <ul>
              ${problems.map((problem) => {
                const label = this.tree ? localise(labelFor(this.tree, problem.pointer), lang) : '';
                return html`<li>
                  <a href=${`#${problem.pointer}`} @click=${(e: Event) => this.#focusField(e, problem.pointer)}
                    >${label ? `${label}: ` : ''}${messageFor(problem, lang)}</a
                  >
                </li>`;
              })}
            </ul>`
        : nothing,
      summary,
      { host: this },
    );
  }

  #renderSchemaError(lang: string): TemplateResult {
    return html`<div class="schema-error" part="schema-error" role="alert">
      <h2>${term(lang, 'schemaErrorTitle')}</h2>
      <ul>
        ${this.schemaIssues.map((issue) => html`<li>${issue.message} <code>${term(lang, 'schemaErrorAt', { where: issue.at || '/' })}</code></li>`)}
      </ul>
    </div>`;
  }

  #focusField(event: Event, pointer: string): void {
    event.preventDefault();
    const field = findField(this.renderRoot, pointer);
    field?.scrollIntoView({ block: 'center' });
    field?.focus();
  }
}
