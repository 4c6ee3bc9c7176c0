// Why a controller: sealing watches the form's store, hashes asynchronously and must drop stale results, and
// every document element needs the same; a controller keeps that apart from each element's rendering.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  checkSeals,
  createSignature,
  unsignedReport,
  type SealChange,
  type SealReport,
  type SignatureInput,
} from '@mentorkit/schemas/sealing/index.js';
import type { Signature } from '@mentorkit/schemas';
import type { FormStore } from '../store/form-store.js';

export interface SealControllerOptions {
  store: FormStore;
  /** The template the record is made with (undefined while there is none). */
  template: () => unknown;
  /** Called with each new report, before the host updates. */
  onReport?: (report: SealReport | undefined) => void;
}

/** What a report says, as text: two reports with the same key render the same. */
function reportKey(report: SealReport): string {
  return JSON.stringify([
    report.state,
    report.changes,
    report.requirements.map((m) => [m.requirement.key, m.requirement.name, m.requirement.part, m.signature]),
    report.others,
    report.checks.length,
  ]);
}

/**
 * Keeps a document's seal report current: after every change of the record it checks every signature (what it
 * sealed, the template's text, its own fields) with `checkSeals` from `@mentorkit/schemas`, the same check a
 * server runs. It signs with `createSignature` and appends the signature to the record.
 */
export class SealController implements ReactiveController {
  /** The latest report (undefined until first computed, or without a template). */
  report?: SealReport;

  readonly #host: ReactiveControllerHost;
  readonly #options: SealControllerOptions;
  #unsubscribe?: () => void;
  #queued = false;
  #run = 0;
  #done: Promise<void> = Promise.resolve();
  #key = '';

  constructor(host: ReactiveControllerHost, options: SealControllerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#unsubscribe = this.#options.store.onChange(() => this.queue());
    this.queue();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  /** Resolves once `report` reflects the current record (hashing is asynchronous). */
  get ready(): Promise<void> {
    return this.#done.then(() => (this.#queued ? this.#done : undefined));
  }

  /** Checks again (after a change of the record or the template). */
  queue(): void {
    if (this.#queued) return;
    this.#queued = true;
    this.#done = Promise.resolve().then(() => (this.#queued ? this.#check() : undefined));
  }

  /** Before the host renders (see `settle`). */
  hostUpdate(): void {
    this.settle();
  }

  /**
   * Does a queued check now when the record has no signature (there is nothing to hash), so the host's update
   * under way shows its report rather than a second update once the queued check has run. A host that reads
   * `report` in `willUpdate` calls it first.
   */
  settle(): void {
    if (!this.#queued) return;
    const template = this.#options.template();
    const report = template ? unsignedReport(this.#options.store.value, template) : undefined;
    if (!report) return;
    this.#queued = false;
    ++this.#run;
    this.#accept(report);
  }

  async #check(): Promise<void> {
    this.#queued = false;
    const run = ++this.#run;
    const template = this.#options.template();
    const report = template ? await checkSeals(this.#options.store.value, template) : undefined;
    if (run !== this.#run) return;
    if (this.#accept(report)) this.#host.requestUpdate();
  }

  /** Keeps a new report; false when it says what the current one says. */
  #accept(report: SealReport | undefined): boolean {
    // Typing in a part no signature covers changes nothing here: the host does not re-render for it.
    const key = report ? reportKey(report) : '';
    if (this.report && key === this.#key) return false;
    this.#key = key;
    this.report = report;
    this.#options.onReport?.(report);
    return true;
  }

  /** Parts sealed by the signatures the record has ('' for a whole-record seal). */
  sealedParts(): string[] {
    const signatures = (this.#options.store.get('/signatures') ?? []) as Partial<Signature>[];
    return [...new Set((Array.isArray(signatures) ? signatures : []).map((s) => (typeof s?.part === 'string' ? s.part : '')))];
  }

  /**
   * Changes of the record shown at a field: at `pointer` or below it for a field that holds a value, and for a list
   * or group also an item or member added or removed directly in it.
   */
  changesAt(pointer: string, leaf: boolean): SealChange[] {
    return (this.report?.changes ?? []).filter((c) => {
      if (c.in !== 'record') return false;
      if (c.pointer === pointer) return true;
      if (!c.pointer.startsWith(`${pointer}/`)) return false;
      if (leaf) return true;
      const rest = c.pointer.slice(pointer.length + 1);
      return !rest.includes('/') && (c.signed === undefined || c.current === undefined);
    });
  }

  /** Changes of the template's text at `pointer` (for example `/commitments/2/text`) or below it. */
  templateChangesAt(pointer: string): SealChange[] {
    return (this.report?.changes ?? []).filter(
      (c) => c.in === 'template' && (c.pointer === pointer || c.pointer.startsWith(`${pointer}/`)),
    );
  }

  /** Signs: seals the current record (or its `part`) and the template, and appends the signature to `signatures`. */
  async sign(input: Omit<SignatureInput, 'record' | 'template'>): Promise<Signature> {
    const { store } = this.#options;
    const signature = await createSignature({ ...input, record: store.value, template: this.#options.template() });
    const signatures = store.get('/signatures');
    store.set('/signatures', [...(Array.isArray(signatures) ? signatures : []), signature]);
    this.queue();
    await this.ready;
    return signature;
  }
}
