import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import { html } from '@mentorkit/core/templates/compact-html.js';
import { property } from 'lit/decorators.js';
import {
  afterLoading,
  fallbackLanguage,
  isGroupAt,
  loadTranslation,
  localise,
  localiseIn,
  lockedPointers,
  MkForm,
  type RenderedField,
  type RenderOptions,
  renderSealChanges,
  SealController,
  sealScope,
  type JsonSchema,
  type MkSealDialog,
  type MkSignature,
  type Problem,
  type SchemaIssue,
  sharedFieldTree,
  type FieldNode,
  type UiMap,
} from '@mentorkit/core';
import { loadSchemaChunks } from '@mentorkit/core/form/schema-chunks.js';
import { terms } from '../l10n/terms.js';
import { untranslatedLanguage } from '../l10n/template-languages.js';
import { formatValidationError } from '@mentorkit/schemas/format.js';
import { loadTemplateText, templateLanguages, templateTextVersion } from '@mentorkit/schemas/template-text.js';
import { openPartsOf, type SealRequirement } from '@mentorkit/schemas/sealing/index.js';
import { MkSignEvent } from './sign-event.js';
import { renderByline, type AuthoredPart } from './byline.js';
import { renderSignoffs, type SignoffHost } from './signoffs.js';
import type { Kind, KindRecords, KindSchemas, Person, Signature, TemplateOfKind } from '@mentorkit/schemas';
import { builtInTemplateKinds } from '@mentorkit/schemas/template-kinds.js';
import { own } from '@mentorkit/schemas/own.js';

/** Each kind's record and template validators, once a document element of the kind has loaded them. */
const loadedRecords = new Map<Kind, KindRecords<Kind>>();
const loadedTemplateSchemas = new Map<Kind, KindSchemas<Kind>>();

/**
 * The forms built from each template, by element class, then language and the template's text version: fifty
 * elements of a built-in template build its form (and field tree) once. A form is never changed once built.
 */
const builtForms = new WeakMap<object, WeakMap<object, Map<string, DocumentForm>>>();

/** What a document element renders from its template: a JSON Schema for the record's fields and UI hints. */
export interface DocumentForm {
  schema: object;
  ui: UiMap;
}

/**
 * Base of the document elements (observation form, agreement, rubric, development plan). It is a
 * `<mk-form>`: the same store, field elements, validation, error summary and form association. It
 * adds a template (a built-in id or a template object), turns it into a form schema, validates the
 * record against the shared record schema and its template, and makes other roles' parts read-only.
 */
export abstract class MkDocumentElement<K extends Kind> extends MkForm {
  /**
   * The template: a built-in template id (attribute) or a template object (property). Unset, the element
   * opens its record with the template the record carries (`embeddedTemplate`) or names (a built-in
   * `template.id`), so a saved record, derived template included, opens as it was made.
   */
  @property() template?: string | TemplateOfKind[K];

  /**
   * Who is filling the document in; parts that belong to another role are read-only. Empty: every
   * part is writable. The attribute is `user-role`, because `role` is ARIA's.
   */
  @property({ attribute: 'user-role' }) override role = '';

  /**
   * The person using the element, as the host knows them (`{ name, id? }`): signatures and authored texts
   * (feedback, reflection, comments, reviews, own commitments) carry this name and id, never a typed one; each
   * authored text also gets the date it was written, shown beside it ("Written by …, <date>").
   */
  @property({ attribute: false }) user?: Pick<Person, 'name' | 'id'>;

  /** The document kind this element edits. */
  protected abstract readonly kind: K;

  /** The record's signatures, checked after every change (the same check a server runs with `checkSeals`). */
  protected readonly seal = new SealController(this, {
    store: this.store,
    template: () => this.resolvedTemplate,
    onReport: () => this.#applyLocks(),
  });

  #lockKey = '';

  /**
   * The parts of a record one person writes (the observation's feedback and reflection, a rubric's comments, a plan's
   * reviews, an agreement's added commitments): when one of their texts is written, the element sets the part's author
   * from the host's `user` and its date from its clock (`writtenOn`); the person never types them.
   */
  protected authoredParts(): readonly AuthoredPart[] {
    return [];
  }

  /** The date a text written now is dated (`YYYY-MM-DD`, the local calendar day). */
  protected writtenOn(): string {
    const now = new Date();
    const two = (n: number) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
  }

  constructor() {
    super();
    this.store.onChange((pointer) => this.#setAuthor(pointer));
  }

  #setAuthor(pointer: string): void {
    const slash = pointer.lastIndexOf('/');
    const base = pointer.slice(0, slash);
    const part = this.authoredParts().find((p) => p.texts.includes(pointer.slice(slash + 1)) && p.part.test(base));
    if (!part) return;
    const user = this.user;
    if (user?.name) {
      const author = { name: user.name, ...(user.id ? { id: user.id } : {}) };
      const current = this.store.get(`${base}/${part.author}`) as { name?: string; id?: string } | undefined;
      if (current?.name !== author.name || current?.id !== author.id) this.store.set(`${base}/${part.author}`, author);
    }
    const date = this.writtenOn();
    if (this.store.get(`${base}/${part.date}`) !== date) this.store.set(`${base}/${part.date}`, date);
  }

  /** "Written by …, <date>" under the authored part at `pointer` (see `authoredParts`). */
  protected renderByline(pointer: string): unknown {
    const part = this.authoredParts().find((p) => p.part.test(pointer));
    return part ? renderByline(this.store, pointer, part, this.language) : nothing;
  }

  /** Makes read-only what the role may not write and what a signature has sealed. */
  #applyLocks(): void {
    const template = this.resolvedTemplate;
    const sealed = template ? this.sealedPointers() : [];
    const pointers = [...new Set([...(this.role && template ? this.readonlyPointers(this.role, template) : []), ...sealed])];
    const key = pointers.join('\n');
    if (key === this.#lockKey) return;
    this.#lockKey = key;
    this.store.setReadonlyPointers(pointers);
    this.refreshFields();
  }

  /** Record pointers the record's signatures have sealed (read-only until the signatures are removed). */
  protected sealedPointers(): string[] {
    const open = openPartsOf(this.kind);
    return this.seal.sealedParts().flatMap((part) => lockedPointers(this.schema as JsonSchema | undefined, part, open));
  }

  /** True when `requirement` can be signed here now: the user's role (or no role set), not read-only, nothing changed. */
  protected canSign(requirement: SealRequirement): boolean {
    const report = this.seal.report;
    return !this.readonly && !this.disabled && !!report && report.state !== 'changed' && (!this.role || this.role === requirement.role);
  }

  /** The sign-offs of the template (filtered), with the signature controls and the confirmation dialog. */
  protected renderSignoffs(filter?: (requirement: SealRequirement) => boolean, itemLabel?: SignoffHost['itemLabel']): TemplateResult {
    const host: SignoffHost = {
      lang: this.language,
      ...(this.seal.report ? { report: this.seal.report } : {}),
      canSign: (r) => this.canSign(r),
      ...(this.user?.name ? { userName: this.user.name } : {}),
      sign: (r) => void this.signRequirement(r),
      ...(itemLabel ? { itemLabel } : {}),
    };
    return html`${renderSignoffs(host, filter)}<mk-seal-dialog lang=${this.language}></mk-seal-dialog>`;
  }

  /**
   * Signs a requirement with what the signer typed or drew, once they confirmed what it locks: the name is the
   * host's user (`user`), or else the typed name. A whole-record seal needs a valid record; a part's seal, a valid part.
   */
  protected async signRequirement(requirement: SealRequirement): Promise<Signature | undefined> {
    await this.seal.ready;
    if (!this.canSign(requirement)) return undefined;
    const control = this.renderRoot.querySelector<MkSignature>(`mk-signature[data-signoff="${CSS.escape(requirement.key)}"]`);
    if (!control) return undefined;
    const inPart = (pointer: string) =>
      requirement.part === '' || pointer === requirement.part || pointer.startsWith(`${requirement.part}/`);
    if ((!this.checkValidity() && this.problems.some((p) => inPart(p.pointer)) && !this.reportValidity()) || !control.reportValidity())
      return undefined;
    const value = control.signature!;
    const name = this.user?.name ?? (value.method === 'typed' ? value.typedName : '');
    if (!name) return undefined;
    const dialog = this.renderRoot.querySelector<MkSealDialog>('mk-seal-dialog')!;
    const scope = sealScope(
      this.schema as JsonSchema | undefined,
      this.store.value,
      requirement.part,
      this.language,
      openPartsOf(this.kind),
    );
    dialog.signer = name;
    dialog.locks = scope.locks;
    dialog.empty = scope.empty;
    if (!(await dialog.ask())) return undefined;
    const signature = await this.seal.sign({
      role: requirement.role,
      part: requirement.part,
      signer: { name, ...(this.user?.id ? { id: this.user.id } : {}), role: requirement.role },
      ...(value.method === 'typed'
        ? { method: 'typed' as const, typedName: value.typedName }
        : { method: 'drawn' as const, drawing: value.drawing! }),
      lang: this.language,
    });
    this.store.set('/updatedAt', signature.signedAt);
    this.dispatchEvent(new MkSignEvent(signature));
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await this.updateComplete;
    return signature;
  }

  #kept = new Map<string, { made: unknown; madeFor: unknown[] }>();

  /**
   * `make()`'s result, made again only when what an element's rendering reads changed (language, seal report,
   * role, read-only, disabled): for the functions it gives an `<mk-array>` it renders itself, which renders
   * every item again for new ones.
   */
  protected kept<T>(key: string, make: () => T): T {
    const madeFor = [this.language, this.seal.report, this.role, this.readonly, this.disabled];
    const kept = this.#kept.get(key);
    if (kept && kept.madeFor.every((value, i) => value === madeFor[i])) return kept.made as T;
    const made = make();
    this.#kept.set(key, { made, madeFor });
    return made;
  }

  /** A field at a record pointer, with any change made to it after signing shown beside it (the signed value too). */
  protected override renderPath(pointer: string, options: RenderOptions = {}): RenderedField {
    const field = super.renderPath(pointer, options);
    if (!pointer || !this.seal.report?.changes.length) return field;
    const changes = this.seal.changesAt(pointer, !isGroupAt(this.schema as JsonSchema | undefined, pointer));
    return changes.length ? html`${field}${renderSealChanges(changes, this.language)}` : field;
  }

  /** The kind's built-in templates, by id (no validators: they load when needed). */
  protected abstract readonly templates: Readonly<Record<string, TemplateOfKind[K]>>;

  /** Loads the kind's record validator and checks (`@mentorkit/schemas/kinds/<kind>-records.js`). */
  protected abstract importRecords(): Promise<KindRecords<K>>;

  /**
   * Loads the kind's template validator (`@mentorkit/schemas/kinds/<kind>.js`). Only a template given as
   * an object needs it: the built-in templates are checked when the package is built.
   */
  protected abstract importTemplateSchemas(): Promise<KindSchemas<K>>;

  /** The kind's record validator and checks; loaded before the form's validator is set. */
  protected get records(): KindRecords<K> {
    const records = loadedRecords.get(this.kind) as KindRecords<K> | undefined;
    if (!records) throw new Error(`The ${this.kind} record validator is not loaded yet.`);
    return records;
  }

  /** The kind's template validator once loaded (see `loadTemplateSchemas`). */
  protected get templateSchemas(): KindSchemas<K> | undefined {
    return loadedTemplateSchemas.get(this.kind) as KindSchemas<K> | undefined;
  }

  /** Loads the kind's template validator (once per kind and page); `updateComplete` waits for it. */
  protected loadTemplateSchemas(): Promise<KindSchemas<K>> {
    const loaded = this.templateSchemas;
    if (loaded) return Promise.resolve(loaded);
    return this.#track(this.importTemplateSchemas().then((schemas) => (loadedTemplateSchemas.set(this.kind, schemas), schemas)));
  }

  #loadRecords(): Promise<KindRecords<K>> {
    return this.#track(this.importRecords().then((records) => (loadedRecords.set(this.kind, records), records)));
  }

  /** Modules being loaded; `updateComplete` waits for them and for the update they lead to. */
  #loading = new Set<Promise<unknown>>();

  #track<T>(promise: Promise<T>): Promise<T> {
    this.#loading.add(promise);
    const done = () => this.#loading.delete(promise);
    promise.then(done, done);
    return promise;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.#loading.size) {
      await Promise.allSettled([...this.#loading]);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** The resolved, valid template (undefined while there is none or it is invalid). */
  protected resolvedTemplate?: TemplateOfKind[K];

  #templateIssues: SchemaIssue[] = [];
  /** The record the host set last (the template it carries or names is used when `template` is unset). */
  #loadedRecord: unknown;
  /** Set when a record arrives while `template` is unset: the template is resolved again from it. */
  #templateOfRecord = false;

  /** Builds the form schema and UI hints from a valid template. */
  protected abstract buildForm(template: TemplateOfKind[K]): DocumentForm;

  /** Record pointers the given role may not write. */
  protected readonlyPointers(_role: string, _template: TemplateOfKind[K]): string[] {
    return [];
  }

  override get value(): unknown {
    return super.value;
  }
  override set value(value: unknown) {
    super.value = value;
    // Frameworks set the same record again on every render: only a new one can name another template.
    if (value === this.#loadedRecord) return;
    this.#loadedRecord = value;
    if (this.template === undefined || this.template === null) {
      this.#templateOfRecord = true;
      this.requestUpdate();
    }
  }

  /** The template to edit with: the element's own, or else the one the record set last carries or names. */
  get #givenTemplate(): unknown {
    if (this.template !== undefined && this.template !== null) return this.template;
    const record = this.#loadedRecord;
    const carried = own(record, 'embeddedTemplate');
    if (carried && typeof carried === 'object') return carried;
    const id = own(own(record, 'template'), 'id');
    return typeof id === 'string' ? id : undefined;
  }

  /**
   * Holds each update until the template's text in the element's language has loaded (a built-in template
   * carries English; each other language is a chunk of its own), so a Finnish page never shows the
   * template in English first. Bounded like the catalogues' wait; the engine's catalogue loads meanwhile.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const given = this.#givenTemplate;
    const builtIn = typeof given === 'string' && Object.hasOwn(this.templates, given) ? this.templates[given] : undefined;
    const template = typeof given === 'string' ? builtIn : given;
    const lang = this.language;
    const loads = (this.everyTemplateLanguage ? templateLanguages(template) : [lang])
      .map((code) => loadTemplateText(template, code))
      .filter((load) => load !== undefined);
    if (loads.length) void loadTranslation(lang);
    return afterLoading(
      loads.length ? Promise.all(loads) : undefined,
      () => this.requestUpdate(),
      () => this.#withSchemaChunks(builtIn, () => super.scheduleUpdate()),
    );
  }

  /**
   * Runs the update once the engine code the form of a built-in template needs is loaded (see
   * `loadSchemaChunks`): the form waits for it itself before each update, but its schema is only made in this
   * update, so its first render would show the dates loading and render again.
   */
  #withSchemaChunks<T>(template: TemplateOfKind[K] | undefined, update: () => T): T | Promise<T> {
    if (!template) return update();
    const { schema, ui } = this.#formOf(template);
    const chunks = loadSchemaChunks(schema, ui);
    return chunks ? chunks.then(update, update) : update();
  }

  /** True while the template must have its text in every language (a template derived from it carries them all). */
  protected get everyTemplateLanguage(): boolean {
    return false;
  }

  protected override willUpdate(changed: PropertyValues): void {
    // The first update resolves it too: an element without a template says so instead of rendering nothing.
    const templateChanged = changed.has('template') || this.#templateOfRecord;
    this.#templateOfRecord = false;
    if (templateChanged || !this.hasUpdated) this.#resolveTemplate();
    if (templateChanged) this.seal.queue();
    if (changed.has('role') || templateChanged) {
      this.#lockKey = '\u0000';
      this.#applyLocks();
    }
    super.willUpdate(changed);
    if (this.#templateIssues.length) this.schemaIssues = this.#templateIssues;
    // The record and template are set: an unsigned record's seal report is ready for this render (and a subclass's willUpdate).
    this.seal.settle();
  }

  #resolveTemplate(): void {
    const given = this.#givenTemplate;
    let template: unknown = given;
    const issues: SchemaIssue[] = [];
    if (typeof given === 'string') {
      const { templates } = this;
      template = Object.hasOwn(templates, given) ? templates[given] : undefined;
      const otherKind = Object.hasOwn(builtInTemplateKinds, given) ? builtInTemplateKinds[given] : undefined;
      if (!template)
        issues.push({
          at: 'template',
          message: otherKind
            ? `This element edits "${this.kind}" documents; the template "${given}" is of kind "${otherKind}".`
            : `Unknown template "${given}". Built-in ${this.kind} templates: ${Object.keys(templates).join(', ')}.`,
        });
    } else if (given === undefined || given === null) {
      issues.push({
        at: 'template',
        message: 'No template is set: give a built-in template id or a template object, or a record that names its template.',
      });
    }
    if (template && !issues.length) {
      const kind = (template as { kind?: unknown }).kind;
      if (kind !== this.kind)
        issues.push({
          at: 'template/kind',
          message: `This element edits "${this.kind}" documents; the template is of kind "${String(kind)}".`,
        });
      else if (typeof given === 'object') {
        const schemas = this.templateSchemas;
        if (!schemas) {
          this.#awaitTemplateSchemas(given);
          return;
        }
        for (const error of schemas.validateTemplate(template))
          issues.push({ at: `template${error.pointer}`, message: formatValidationError(error) });
      }
    }
    this.#templateIssues = issues;
    this.resolvedTemplate = issues.length ? undefined : (template as TemplateOfKind[K]);
    if (this.resolvedTemplate) {
      const resolved = this.resolvedTemplate;
      const { schema, ui } = this.#formOf(resolved);
      this.schema = this.#carrying(schema as JsonSchema, resolved);
      this.ui = ui;
      const validator = (value: unknown) => this.validateDocument(value, resolved);
      // The record validator is a lazy chunk: the form checks fields one by one until it is loaded.
      this.loadValidator(loadedRecords.has(this.kind) ? validator : this.#loadRecords().then(() => validator));
    } else {
      this.schema = undefined;
      this.loadValidator(undefined);
    }
  }

  /** The form built from `template` in the element's language, built once per element class, template and language. */
  #formOf(template: TemplateOfKind[K]): DocumentForm {
    let byTemplate = builtForms.get(this.constructor);
    if (!byTemplate) builtForms.set(this.constructor, (byTemplate = new WeakMap()));
    let byLanguage = byTemplate.get(template);
    if (!byLanguage) byTemplate.set(template, (byLanguage = new Map()));
    // A language merged into a built-in template since (its text loads on demand) makes a new form.
    const key = `${this.language} ${templateTextVersion(template)}`;
    let form = byLanguage.get(key);
    if (!form) byLanguage.set(key, (form = this.buildForm(template)));
    return form;
  }

  /** Its schemas and UI hints are never changed once built (see `#formOf`): elements of one template share a field tree. */
  protected override buildTree(schema: object, ui: UiMap): FieldNode {
    return sharedFieldTree(schema, ui);
  }

  /**
   * A template whose id and version are not one of the kind's built-in ones (a derived template, a programme's own)
   * travels with the record: `embeddedTemplate`, a default of a new record (a record the host loads stays as it is),
   * so a server validates the record and checks its signatures against the template it was made with.
   */
  #carrying(schema: JsonSchema, template: TemplateOfKind[K]): JsonSchema {
    if (!this.carries(template)) return schema;
    const carried: JsonSchema = { type: 'object', default: template, 'x-ui': { hidden: true } };
    return { ...schema, properties: { ...schema.properties, embeddedTemplate: carried } };
  }

  /** True when a record made with `template` carries it: its id and version are not one of the kind's built-in templates. */
  protected carries(template: TemplateOfKind[K]): boolean {
    const { templates } = this;
    return !(Object.hasOwn(templates, template.id) && templates[template.id]!.version === template.version);
  }

  /** Shows nothing until the template validator is loaded, then resolves `template` again. */
  #awaitTemplateSchemas(template: unknown): void {
    this.#templateIssues = [];
    this.resolvedTemplate = undefined;
    this.schema = undefined;
    this.loadValidator(undefined);
    this.loadTemplateSchemas().then(
      () => {
        if (this.#givenTemplate === template) this.requestUpdate('template', undefined);
      },
      (error: unknown) => {
        if (this.#givenTemplate !== template) return;
        this.#templateIssues = [{ at: 'template', message: `The template could not be checked: ${String(error)}` }];
        this.requestUpdate();
      },
    );
  }

  /** Validates a record: its kind, the shared record schema and the template's checks. */
  protected validateDocument(value: unknown, template: TemplateOfKind[K]): Problem[] {
    const kind = (value as { kind?: unknown } | null)?.kind;
    if (kind !== undefined && kind !== this.kind)
      return [{ pointer: '/kind', keyword: 'const', key: 'notAllowed', params: { allowed: [this.kind] } }];
    return this.records.validateRecord(value, template);
  }

  override render(): TemplateResult {
    return html`${this.#renderUntranslated()}${super.render()}`;
  }

  /**
   * A language the template has no text in falls back (to English, or the template's own language):
   * a note says so above the form, in the interface's language.
   */
  #renderUntranslated(): TemplateResult | typeof nothing {
    const template = this.resolvedTemplate;
    const lang = this.language;
    const shownIn = template && untranslatedLanguage(template, lang);
    if (!shownIn) return nothing;
    // Language names in the language the note itself is written in.
    const note = localiseIn(terms.untranslated, lang);
    const name = (code: string) => languageName(code, note.lang ?? 'en');
    const text = note.text.replace('{language}', name(lang)).replace('{fallback}', name(shownIn));
    return html`<p class="untranslated" part="untranslated" role="note">
      <span class="untranslated-mark" aria-hidden="true">${shownIn.toUpperCase()}</span> ${text}
    </p>`;
  }

  /** The language a template text is shown in when it falls back (for its `lang` attribute), else undefined. */
  protected textLang(text: unknown): string | undefined {
    return fallbackLanguage(text as never, this.language);
  }

  /** The template's whole attribution: title, organisation, year, authors, source, licence, link and note; for a derived template, its origin. */
  protected renderAttribution(): TemplateResult | typeof nothing {
    const a = (
      this.resolvedTemplate as
        | {
            attribution?: {
              title?: unknown;
              organisation?: string;
              year?: number;
              authors?: string[];
              sourceDocument?: string;
              licence?: string;
              url?: string;
              note?: string;
            };
          }
        | undefined
    )?.attribution;
    if (!a) return nothing;
    const lang = this.language;
    const parts = [localise(a.title as never, lang), a.organisation, a.year].filter(Boolean).join(', ');
    const authors = Array.isArray(a.authors) ? a.authors.filter((n) => typeof n === 'string').join(', ') : '';
    // Only web links: a template's URL is outside data and must not run script (javascript:, data:).
    const url = typeof a.url === 'string' && /^https?:\/\//i.test(a.url) ? a.url : '';
    return html`<div class="attribution" part="attribution">
      <p>${parts}</p>
      ${authors ? html`<p class="authors">${localise(terms.authors, lang)}: ${authors}</p>` : nothing}
      ${a.licence ? html`<p class="licence">${localise(terms.licence, lang)}: ${a.licence}</p>` : nothing}
      ${url ? html`<p class="link"><a href=${url} rel="noopener noreferrer" target="_blank">${url}</a></p>` : nothing}
      ${a.note ? html`<p class="note">${a.note}</p>` : nothing} ${this.#renderBasedOn()}
    </div>`;
  }

  /** A derived template says which template it was adapted from: its title when it is a built-in one, with id and version. */
  #renderBasedOn(): TemplateResult | typeof nothing {
    const basedOn = (this.resolvedTemplate as { basedOn?: { id?: unknown; version?: unknown } } | undefined)?.basedOn;
    if (typeof basedOn?.id !== 'string' || typeof basedOn.version !== 'string') return nothing;
    const { templates } = this;
    const origin = Object.hasOwn(templates, basedOn.id) ? templates[basedOn.id] : undefined;
    const name = `${basedOn.id} ${basedOn.version}`;
    const lang = this.language;
    return html`<p class="based-on">
      ${localise(terms.adaptedFrom, lang)}: ${origin ? `${localise(origin.title as never, lang)} (${name})` : name}
    </p>`;
  }
}

/** A language's name in the interface's language ("engelsk" for en in nb); the code when Intl has none. */
function languageName(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang, 'en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
