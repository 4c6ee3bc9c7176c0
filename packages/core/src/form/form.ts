import { LitElement, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import { html } from '../templates/compact-html.js';
// The decorators' own modules, not lit/decorators.js: code the lazy chunks use from that index (`query`) would land in the main chunk (#17).
import { property } from 'lit/decorators/property.js';
import { state } from 'lit/decorators/state.js';
import { localise, term } from '../l10n/catalogue.js';
import { LangController } from '../l10n/lang-controller.js';
import { buildFieldTree, type FieldNode, SchemaError, type SchemaIssue } from '../schema/field-tree.js';
import type { UiMap } from '../schema/json-schema.js';
import { FormContextProvider } from '../store/form-context-provider.js';
import { recordFault } from '../store/json-value.js';
import { FormStore } from '../store/form-store.js';
import type { Problem } from '../validation/problem.js';
import { applyDefaults } from './defaults.js';
import { LazyDrafts } from './lazy-drafts.js';
import { MkInvalidEvent, MkSubmitEvent } from './events.js';
import { formStyles } from './form.styles.js';
import { HostFormController } from './host-form-controller.js';
import { prefetchProblems, problemsChunk } from './lazy-problems.js';
import { fieldPointerFor, nodeAt } from './node-at.js';
import { listedBeforeSubmit, RecordValidationController, type RecordValidator } from './record-validation-controller.js';
import { renderField, type RenderedField, type RenderOptions } from './render-field.js';
import { loadSchemaChunks } from './schema-chunks.js';
import { loadForRender, widgetsLoading } from '../widgets/lazy.js';
import { ThemeClasses } from '../styles/theme-classes.js';

export type { RecordValidator } from './record-validation-controller.js';

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
 * @csspart heading - The schema's title and description above the fields.
 * @csspart group - A fieldset of a nested object.
 * @csspart error-summary - The list of problems shown after a submit.
 * @csspart schema-error - The panel shown when the schema or UI hints cannot be rendered.
 * @csspart submit - The submit button.
 * @cssproperty --mk-form-group-border-color - Border of nested fieldsets.
 * @attribute lang - The language it reads in (BCP 47); else an ancestor's or the page's. A change re-renders it at once, keeping what was typed.
 * @cssstate invalid - The record has problems (shown or not).
 */
export class MkForm extends LitElement {
  static formAssociated = true;
  static override styles = formStyles;

  /** The JSON Schema to render: 2020-12 when it has no `$schema`, or 2019-09 or draft-07 when it says so (local `$ref`s). */
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
   * Keeps a draft of the record in this browser (IndexedDB) under this key while it is edited and
   * when the page is hidden, restores it after a reload or crash (a record the host sets later never
   * replaces it without the user's choice), lets one tab write it (others read-only until they take
   * over), and shows storage failures with a copy to download. The draft ends on a successful submit,
   * the element's or the host form's. Empty: off. See docs/security.md.
   */
  @property() autosave = '';

  /**
   * Fills schema defaults (and `false` for required booleans) into the record the host sets, for a
   * new record the host starts with some values of its own. Off (the default), a record the host
   * sets is loaded as it is and comes back byte for byte until the user edits it; only a form with
   * no `value` set (or `value = undefined`) starts from the schema's defaults. See docs/validation.md.
   */
  @property({ type: Boolean, attribute: 'fill-defaults' }) fillDefaults = false;

  /** The field tree of `schema` and `ui`, or undefined while there is none (or it has issues). */
  @state() protected tree?: FieldNode;
  /** Problems with the schema or UI map (or, in a document element, the template): shown instead of the form. */
  @state() protected schemaIssues: SchemaIssue[] = [];
  /** Why the last `value` set could not be loaded (not JSON data, too deep): shown like a schema issue, until a good value is set. */
  @state() private valueIssues: SchemaIssue[] = [];
  /**
   * The problems the summary lists. Not reactive state: the summary renders on its own (see
   * `#renderSummaryContent`), so showing an error does not re-render every field of a large form.
   */
  private shownProblems: Problem[] = [];
  /** What the summary last listed (problems, and the answers hiding their fields), to render it only when that changed. */
  #shownKey = '';
  @state() private formDisabled = false;
  /** The summary's move of focus after a reveal, until it happened (`updateComplete` waits for it). */
  #focusing?: Promise<void>;

  private get summary(): HTMLElement | null {
    return this.renderRoot?.querySelector('.summary') ?? null;
  }

  readonly #store = new FormStore({});
  readonly #provider: FormContextProvider;
  /** Re-renders the form, and tells its fields, when the language it reads in changes. */
  readonly #langs = new LangController(this, () => {
    this.#provider.setValue(this.#context());
    this.requestUpdate();
  });
  #initial: unknown = {};
  /** The object last given to `value` (compared by identity). */
  #assigned: unknown;

  readonly #validation = new RecordValidationController(this, {
    store: this.#store,
    schema: () => this.schema,
    given: () => this.validator,
    tree: () => this.tree,
    // No field tree (no schema yet, or one still being resolved): nothing can be submitted either.
    broken: () => this.#issues.length > 0 || !this.tree,
    failed: (message) => (this.schemaIssues = [{ at: '', message }]),
    checked: (problems) => this.#checked(problems),
    owed: () => this.#hostForm.hold(term(this.#lang, 'invalid')),
  });
  readonly #hostForm = new HostFormController(this, {
    value: () => this.#store.value,
    disabled: () => this.disabled,
    inactive: () => this.disabled || this.formDisabled,
    pending: () => this.#validation.pending,
    ready: () => this.#validation.ready,
    flush: () => {
      this.#validation.flush();
      return this.#validation.problems.length > 0;
    },
    reveal: () => void this.#reveal(),
    // The host's own submit button sent the record: the draft ends as with the element's own submit.
    submitted: () => void this.clearDraft(),
    ownSubmit: () => this.renderRoot.querySelector<HTMLButtonElement>('button[part=submit]'),
  });
  readonly #drafts = new LazyDrafts(this, {
    store: this.#store,
    key: () => this.autosave,
    reload: () => this.#load(),
    initial: () => this.#initial,
    readOnlyChanged: () => {
      this.#provider.setValue(this.#context());
      this.requestUpdate();
    },
  });
  /** The user changed the record since it was loaded: a schema or template set again keeps those edits. */
  #edited = false;
  /** No record was set: the form starts a new one, from the schema's defaults. */
  #fresh = true;
  /** A record was set: its first check may show its problems (see `validationReady`). */
  #recordSet = false;
  /** The record the store took as loaded (`#initial` itself, with no defaults added): while it is the store's value and not edited, it is the record as loaded. */
  #asLoaded: unknown;

  constructor() {
    super();
    // Gives the page the rules of the .mk-theme-* classes (styles/theme-classes.ts).
    new ThemeClasses(this);
    this.#provider = new FormContextProvider(this, this.#context());
    this.#store.onChange((pointer) => {
      if (pointer === '') return;
      this.#edited = true;
      this.#hostForm.edited();
    });
  }

  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.#hostForm.associate(form);
  }

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
    // Checked at the boundary: a value that is not JSON data is refused with a visible error, never half loaded.
    const fault = value === undefined ? undefined : recordFault(value);
    this.valueIssues = fault ? [{ at: 'value', message: `The record was not loaded: ${fault}.` }] : [];
    if (fault) {
      this.#validation.queue();
      return;
    }
    this.#recordSet ||= value !== undefined;
    this.#initial = value === undefined ? {} : structuredClone(value);
    this.#asLoaded = undefined;
    this.#fresh = value === undefined;
    this.#load();
  }

  /** The store of this form (for document elements that lay out fields themselves). */
  get store(): FormStore {
    return this.#store;
  }

  /**
   * Resolves once the validator for the current schema is ready (the runtime one loads on demand) and, once
   * a record was set, the error summary that its first check may show can be rendered (it loads on demand too).
   */
  get validationReady(): Promise<void> {
    const ready = this.#validation.ready;
    // Loaded when asked for, not in the first render (nor the load of a set record), which it would slow down.
    if (!this.#recordSet || problemsChunk.loaded) return ready;
    return Promise.all([ready, problemsChunk.load().catch(() => undefined)]).then(() => undefined);
  }

  /**
   * For subclasses whose validator loads on demand (a lazy chunk). Until it is ready the form checks
   * fields one by one, `submit()` and a host form's submit wait for it, and then it checks the record.
   */
  protected loadValidator(loading: Promise<RecordValidator> | RecordValidator | undefined): void {
    this.#validation.load(loading);
  }

  /**
   * The problems of the record now, shown or not: empty exactly when it is valid. While its validator loads,
   * what the fields found and then one at `''` with the key `notCheckedYet` (the record is not checked yet).
   */
  get problems(): Problem[] {
    this.#validation.flush();
    return this.#validation.problems;
  }

  get form(): HTMLFormElement | null {
    return this.#hostForm.form;
  }
  get validity(): ValidityState {
    this.#validation.flush();
    return this.#hostForm.internals.validity;
  }
  get validationMessage(): string {
    this.#validation.flush();
    return this.#hostForm.internals.validationMessage;
  }
  /** Whether the record is valid; fires `invalid` if not, and shows nothing (the focus stays), like an `<input>`'s. */
  checkValidity(): boolean {
    this.#validation.flush();
    return this.#hostForm.check();
  }
  /** Shows the problems (if any) and moves focus to their summary. */
  reportValidity(): boolean {
    // Not `problems` alone: a record whose validator is still loading is invalid with no problem known yet.
    this.#validation.flush();
    return this.#hostForm.report();
  }

  /**
   * Validates and, when valid, fires `mk-submit` and submits the host form (if any). When invalid,
   * shows the problems, fires `mk-invalid` and focuses the summary. It fails closed: while the schema,
   * template, record or validator is in error (or a validator throws) it resolves `false`.
   */
  async submit(): Promise<boolean> {
    // A document element may still be resolving its template or loading a validator: wait for both.
    await this.updateComplete;
    await this.validationReady;
    if (this.problems.length) {
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
    await this.#drafts.save();
  }

  /** Removes the saved draft (call it once the host stored the record itself). */
  async clearDraft(): Promise<void> {
    await this.#drafts.clear();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('schema') || changed.has('ui')) this.#compile();
    else if (changed.has('fillDefaults') && this.fillDefaults && this.tree) this.#load(this.#edited);
    if (changed.has('readonly') || changed.has('disabled') || changed.has('formDisabled')) {
      this.#provider.setValue(this.#context());
    }
  }

  /** Tells every field to re-read the form's settings (after readonly pointers or roles changed). */
  protected refreshFields(): void {
    this.#provider.setValue(this.#context(), true);
    this.requestUpdate();
  }

  #context() {
    return {
      store: this.#store,
      lang: this.#lang,
      // Read-only too while another tab writes this record's draft.
      readonly: this.readonly || this.#drafts.readOnly,
      disabled: this.disabled || this.formDisabled,
    };
  }

  /** The field tree of `schema` and `ui` (a subclass whose schemas are never changed may share trees between forms). */
  protected buildTree(schema: object, ui: UiMap): FieldNode {
    return buildFieldTree(schema, ui);
  }

  #compile(): void {
    try {
      const tree = (this.tree = this.schema === undefined ? undefined : this.buildTree(this.schema, this.ui));
      this.#store.fieldFor = (pointer) => (tree ? fieldPointerFor(tree, pointer) : pointer);
      this.schemaIssues = [];
    } catch (error) {
      this.tree = undefined;
      this.schemaIssues = error instanceof SchemaError ? error.issues : [{ at: '', message: String((error as Error)?.message ?? error) }];
    }
    // The same template or schema set again (a new object, as frameworks do) keeps what the user typed.
    this.#load(this.#edited);
  }

  #load(keepEdits = false): void {
    // Defaults make a new record; a loaded one stays what the host set (its validator says what is missing).
    const defaults = !!this.tree && (this.#fresh || this.fillDefaults);
    // The store still holds its copy of the record as loaded (no edit, no other record since: a schema set
    // after the record, as a document element does): that copy is loaded again, with no new one made.
    const asLoaded = !keepEdits && !defaults && !this.#edited && this.#store.value === this.#asLoaded;
    if (!asLoaded) {
      // `null` (or any other non-object) stays what the host set: its validator reports it, nothing replaces it.
      if (!keepEdits && !defaults) {
        // The store takes the record as loaded itself, and `#initial` becomes a copy when the store first writes
        // into it: one copy of a record that is only shown, not two.
        const loaded = this.#initial;
        const beforeWrite = () => {
          if (this.#initial === loaded) this.#initial = structuredClone(loaded);
        };
        this.#store.replace(loaded, { beforeWrite });
        this.#asLoaded = loaded;
      } else {
        const value = keepEdits ? structuredClone(this.#store.value) : structuredClone(this.#initial);
        this.#store.replace(defaults ? applyDefaults(this.tree!, value) : value);
        this.#asLoaded = undefined;
      }
    }
    // Rendered again with the record: what it holds decides some of the markup (an object's extra entries).
    this.requestUpdate();
    this.#store.setProblems([], { reveal: false });
    this.#showProblems([]);
    if (keepEdits) return this.#validation.loaded();
    this.#edited = false;
    this.#drafts.loaded();
    // Queued, not at once: a schema and a value set together (as frameworks do) are checked once.
    this.#validation.loaded();
  }

  /** After every check: the host form's value and validity, and (once revealed) the summary. */
  #checked(problems: Problem[]): void {
    const lang = this.#lang;
    const message = this.#issues.length
      ? term(lang, 'schemaErrorTitle')
      : problems.length
        ? term(lang, 'errorSummaryTitle', { count: problems.length })
        : '';
    this.#hostForm.update(message, () => this.summary ?? undefined);
    const store = this.#store;
    if (store.revealed) this.#showProblems(store.revealedListedOnly ? listedBeforeSubmit(problems, store.value) : problems);
  }

  /** Updates the error summary, only when what it lists changed (it re-renders with the form). */
  #showProblems(problems: Problem[]): void {
    // Which problems are in a part a `showIf` hint hides changes what their items say (the hint's answer changed).
    const hidden = (p: Problem) => problemsChunk.loaded?.hiddenBy(this.renderRoot, p.pointer, this.#store.fieldFor) ?? '';
    const key = (list: Problem[]) => list.map((p) => `${p.pointer} ${p.keyword} ${p.key} ${hidden(p)}`).join('\n');
    const shown = key(problems);
    if (shown === this.#shownKey) return;
    this.shownProblems = problems;
    this.#shownKey = shown;
    this.#renderSummaryContent();
  }

  /** Everything that keeps the form from working: schema (or template) issues, then a refused value. */
  get #issues(): SchemaIssue[] {
    return this.valueIssues.length ? [...this.schemaIssues, ...this.valueIssues] : this.schemaIssues;
  }

  get #lang(): string {
    return this.#langs.value;
  }

  /**
   * Includes the widgets this render started loading (`widgets/lazy.ts`): what is read after it is the
   * widget; and a summary about to take focus (see `#reveal`): after it, the summary has it.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await this.#rendered();
    if (this.#focusing) await this.#focusing;
    return result;
  }

  async #rendered(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (widgetsLoading().length) {
      await Promise.allSettled(widgetsLoading());
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /**
   * Holds each update until the engine code the schema needs (patterns, dates: schema-chunks.ts) and the
   * catalogue of the form's language are loaded (see `LangController.translated`).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const update = () => this.#langs.translated(this.#lang, () => super.scheduleUpdate());
    const chunks = loadSchemaChunks(this.schema, this.ui);
    if (!chunks) return update();
    // Nothing is checked until they are there: inside a host form, invalid meanwhile.
    this.#hostForm.hold(term(this.#lang, 'invalid'));
    return chunks.then(update, update);
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // Its own `lang` re-renders it at once (an ancestor's reaches it through the controller's observer).
    if (name === 'lang') this.#langs.check();
  }

  /** Shows the problems at once and moves focus to their summary; settles once it has focus. */
  #reveal(): Promise<void> {
    const problems = this.problems;
    this.#store.setProblems(problems, { reveal: true });
    this.#showProblems(problems);
    // Set before the event: a listener that awaits `updateComplete` finds the summary focused.
    const focusing: Promise<void> = this.#focusSummary().finally(() => {
      if (this.#focusing === focusing) this.#focusing = undefined;
    });
    this.#focusing = focusing;
    this.dispatchEvent(new MkInvalidEvent(problems));
    return focusing;
  }

  /**
   * Focus moves in the next frame, before it is drawn: `focus()` brings style and layout of the whole
   * form up to date on the spot (3–5 ms at 500 fields, more than the rest of a submit), and in the frame
   * that is work the frame does anyway. A hidden page draws no frames: there it moves at once.
   */
  async #focusSummary(): Promise<void> {
    await this.#rendered();
    if (document.visibilityState !== 'hidden') await new Promise((resolve) => requestAnimationFrame(resolve));
    this.summary?.focus();
  }

  /** The form's custom states (`:state(…)`), for subclasses that add their own (it keeps `invalid`). */
  protected get customStates(): CustomStateSet {
    return this.#hostForm.internals.states;
  }

  /** The language the form reads in. */
  protected get language(): string {
    return this.#lang;
  }

  /** Renders the field (or group) at a record pointer with the engine's fields (`labelledBy`: see `RenderOptions`). */
  protected renderPath(pointer: string, options: RenderOptions = {}): RenderedField {
    const node = this.tree && nodeAt(this.tree, pointer, this.#store.value);
    const settings = {
      store: this.#store,
      lang: this.#lang,
      readonly: this.readonly || this.#drafts.readOnly,
      disabled: this.disabled || this.formDisabled,
    };
    return node ? renderField(node, pointer, settings, options) : nothing;
  }

  /** The form's content between the error summary and the submit button. Document elements lay it out themselves. */
  /** The schema's own `title` and `description` as the form's heading, then its fields. */
  protected renderBody(): TemplateResult | typeof nothing {
    const root = this.tree?.schema;
    const title = localise(root?.title, this.#lang);
    const description = localise(root?.description, this.#lang);
    return html`${
      title || description
        ? html`<header class="heading" part="heading">
            ${title ? html`<h2>${title}</h2>` : nothing} ${description ? html`<p>${description}</p>` : nothing}
          </header>`
        : nothing
    }
    ${this.renderPath('', { bare: this.tree?.kind === 'object' })}`;
  }

  override render(): TemplateResult {
    const lang = this.#lang;
    if (this.#issues.length) return this.#renderSchemaError(lang);
    if (!this.tree) return html``;
    return html`
      ${this.#drafts.renderNotice(lang, `${this.autosave || this.name || 'record'}.json`)}
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

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#renderSummaryContent();
    // A form is on the page: what its first submit shows is loaded and built ahead (once per page, when idle).
    if (this.tree) prefetchProblems(this.#lang);
  }

  /**
   * Renders the error summary into its own element, apart from the form's template. Its code is a chunk
   * (lazy-problems.ts): a summary with problems to list and no code yet stays hidden until it is loaded
   * (`updateComplete` waits for the load, as for a widget's).
   */
  #renderSummaryContent(): void {
    const summary = this.summary;
    if (!summary) return;
    const problems = this.shownProblems;
    const chunk = problemsChunk.loaded;
    summary.hidden = problems.length === 0 || !chunk;
    if (!chunk) {
      if (problems.length)
        loadForRender(problemsChunk).then(
          () => this.#renderSummaryContent(),
          () => {
            // Not fetched: the fields show their problems; the summary stays hidden.
          },
        );
      return;
    }
    const lang = this.#lang;
    const placeOf = this.tree
      ? chunk.placesIn(this.tree, this.#store.value, lang, this.renderRoot, this.#store.fieldFor)
      : () => ({ label: '' });
    render(
      chunk.errorSummaryContent(
        problems,
        lang,
        placeOf,
        (event, pointer) => this.#focusField(event, pointer),
        this.#editable ? (pointer) => void this.#removeUnexpected(pointer) : undefined,
      ),
      summary,
      { host: this },
    );
  }

  #renderSchemaError(lang: string): TemplateResult {
    return html`<div class="schema-error" part="schema-error" role="alert">
      <h2>${term(lang, 'schemaErrorTitle')}</h2>
      <ul>
        ${this.#issues.map((issue) => html`<li>${issue.message} <code>${term(lang, 'schemaErrorAt', { where: issue.at || '/' })}</code></li>`)}
      </ul>
    </div>`;
  }

  get #editable(): boolean {
    return !(this.readonly || this.#drafts.readOnly || this.disabled || this.formDisabled);
  }

  /**
   * The user removed, from the summary, an answer the schema refuses: it is an edit like any other (`input`
   * and `change` from the form, a new check, the draft). Focus goes to the summary while it lists more, else
   * to the submit button or the first control, never to the page's start.
   */
  async #removeUnexpected(pointer: string): Promise<void> {
    this.#store.set(pointer, undefined);
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    this.#validation.flush();
    await this.#rendered();
    const summary = this.summary;
    const root = this.renderRoot;
    const next =
      summary && !summary.hidden
        ? summary
        : (root.querySelector<HTMLElement>('[part=submit]') ?? root.querySelector<HTMLElement>('input, select, textarea, button'));
    next?.focus();
  }

  /** A link of the summary was followed (the summary's links exist only once the problems chunk is loaded). */
  #focusField(event: Event, pointer: string): void {
    event.preventDefault();
    const { findField, focusField } = problemsChunk.loaded!;
    const field = findField(this.renderRoot, this.#store.fieldFor(pointer));
    field?.scrollIntoView({ block: 'center' });
    if (field) focusField(field);
  }
}
