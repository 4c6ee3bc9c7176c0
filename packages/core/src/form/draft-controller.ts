import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Autosave } from '../drafts/autosave.js';
import type { Draft } from '../drafts/draft-store.js';
import { storageFailure, type StorageFailure } from '../drafts/storage-failure.js';
import type { FormStore } from '../store/form-store.js';

/**
 * What the form tells the user about its draft: one was restored; the host then loaded a different
 * record (`newer`: the user keeps the draft or takes the record); another tab edits it (`conflict`:
 * read-only here until the user takes over); or the browser cannot keep drafts (`failed`).
 */
export type DraftNotice =
  | { kind: 'restored'; savedAt: string }
  | { kind: 'newer'; savedAt: string }
  | { kind: 'conflict' }
  | { kind: 'failed'; cause: StorageFailure; error: string };

/** What drafts read from their form. */
export interface DraftOptions {
  store: FormStore;
  /** The draft key (the form's `autosave`); empty: no drafts. */
  key(): string;
  /** Loads the form's own record again (after the draft was discarded). */
  reload(): void;
  /** The record as the host last set it. */
  initial(): unknown;
  /** Whether the form is read-only because another tab writes the draft changed. */
  readOnlyChanged(): void;
}

/**
 * Drafts of one form's record in this browser: autosave while it is edited (this module and
 * `Autosave` load only for forms that autosave: lazy-drafts.ts), restore after a reload or crash, the rule for a record the host
 * sets while a draft is shown (the draft stays; the user keeps it or takes the record), one writing tab
 * (the others read-only until they take over, with the latest text), storage failures shown with a
 * copy to download, and a warning before the page closes only when edits could not be saved.
 *
 * A controller rather than code in the element: it follows the host's connection and updates on its
 * own, and has its own tests with a bare host.
 */
export class DraftController implements ReactiveController {
  /** The notice to show, if any (the host re-renders when it changes). */
  notice?: DraftNotice;
  #autosave?: Autosave;
  /** The key autosave runs (or is starting) for. */
  #key = '';
  /** The user changed something since the record was loaded (kept for an autosave that is still loading). */
  #edited = false;
  /** The draft being shown over the host's record, until the user decides or submits. */
  #shown?: Draft;
  /** The record the host set later, while the draft was shown (`newer`). */
  #theirs?: unknown;
  #readOnly = false;
  #failed = false;

  /** `edited`: the user already changed the record since it was loaded (a controller made after the form rendered). */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: DraftOptions,
    edited = false,
  ) {
    this.#edited = edited;
    host.addController(this);
    options.store.onChange((pointer) => {
      // Loading or restoring a whole record is not an edit.
      if (pointer === '') return;
      this.#edited = true;
      this.#autosave?.changed();
    });
  }

  hostConnected(): void {
    addEventListener('beforeunload', this.#onBeforeUnload);
    this.#follow();
  }

  hostDisconnected(): void {
    removeEventListener('beforeunload', this.#onBeforeUnload);
    this.#follow();
  }

  hostUpdate(): void {
    this.#follow();
  }

  /** True while another tab writes the draft: the form cannot be changed here. */
  get readOnly(): boolean {
    return this.#readOnly;
  }

  /**
   * The form loaded its record again (the host set `value`, or the schema changed). A draft being shown
   * stays: the record the host set is kept aside, and when it differs from the one the draft started
   * from the user is asked (keep the draft, or take the record).
   */
  loaded(): void {
    this.#edited = false;
    const shown = this.#shown;
    if (!shown) return;
    const theirs = this.options.store.value;
    if (same(theirs, shown.value)) return;
    this.options.store.replace(structuredClone(shown.value));
    // The same record the draft was started from (set again, or a schema change): nothing to choose.
    if (shown.base !== undefined && same(this.options.initial(), shown.base)) return;
    this.#theirs = structuredClone(theirs);
    this.#setNotice({ kind: 'newer', savedAt: shown.savedAt });
  }

  /** Keeps the draft over the record the host loaded (`newer`). */
  keepDraft(): void {
    this.#shown = undefined;
    this.#theirs = undefined;
    this.#setNotice(undefined);
  }

  /** Takes the record the host loaded instead of the draft (`newer`); the draft is dropped. */
  async useLoaded(): Promise<void> {
    const theirs = this.#theirs;
    this.#shown = undefined;
    this.#theirs = undefined;
    this.#setNotice(undefined);
    if (theirs !== undefined) this.options.store.replace(theirs);
    this.#edited = false;
    await this.#autosave?.clear();
  }

  /** Saves the draft now rather than when typing pauses (nothing happens while another tab owns the draft). */
  async save(): Promise<void> {
    await this.#autosave?.flush();
  }

  /** Removes the saved draft and the notice (the record was submitted or stored by the host). */
  async clear(): Promise<void> {
    this.#shown = undefined;
    this.#theirs = undefined;
    this.#setNotice(undefined);
    this.#edited = false;
    await this.#autosave?.clear();
  }

  /** Drops the draft and loads the form's own record again. */
  async discard(): Promise<void> {
    await this.clear();
    this.options.reload();
  }

  /**
   * This tab takes over a draft another tab was editing: it loads that tab's latest text (or, when the
   * draft was submitted there meanwhile, the host's record, never this tab's stale text) and writes again.
   */
  async takeOver(): Promise<void> {
    const autosave = this.#autosave;
    if (!autosave) return;
    let latest: Draft | undefined;
    try {
      latest = await autosave.latest();
    } catch (error) {
      this.#storageFailed(error);
    }
    this.#shown = undefined;
    if (latest) this.options.store.replace(structuredClone(latest.value));
    else this.options.reload();
    autosave.takeOver();
    this.#setReadOnly(false);
    this.#setNotice(undefined);
  }

  /** The record as it is now, as a JSON file to download (offered when the browser cannot keep a draft). */
  exportRecord(): Blob {
    return new Blob([JSON.stringify(this.options.store.value, null, 2)], { type: 'application/json' });
  }

  /** Warns before the page closes only when there are edits no draft could keep. */
  #onBeforeUnload = (event: BeforeUnloadEvent): void => {
    if (!this.options.key() || !this.#edited || !this.#failed) return;
    event.preventDefault();
    // Older browsers show the dialog only when returnValue is set.
    event.returnValue = '';
  };

  #setNotice(notice: DraftNotice | undefined): void {
    this.notice = notice;
    this.host.requestUpdate();
  }

  #setReadOnly(readOnly: boolean): void {
    if (readOnly === this.#readOnly) return;
    this.#readOnly = readOnly;
    this.options.readOnlyChanged();
  }

  #storageFailed(error: unknown): void {
    this.#failed = true;
    const text = error instanceof DOMException || error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    // The notice speaks to the teacher; the browser's own words are for whoever supports the page.
    console.warn('Mentorkit: the draft could not be stored.', error);
    this.#setNotice({ kind: 'failed', cause: storageFailure(error), error: text });
  }

  /** Starts, stops or re-keys autosave to match the key and whether the form is in the page. */
  #follow(): void {
    const key = this.host.isConnected ? this.options.key() : '';
    if (key === this.#key) return;
    this.#autosave?.dispose();
    this.#autosave = undefined;
    this.#key = key;
    if (!key) return;
    const store = this.options.store;
    const autosave = new Autosave(
      key,
      () => store.value,
      {
        restored: (draft) => {
          if (same(draft.value, store.value)) return;
          this.#shown = draft;
          const theirs = store.value;
          const hostRecord = this.options.initial();
          store.replace(structuredClone(draft.value));
          // The host already set a record other than the one the draft was started from.
          const newer = draft.base !== undefined && hostRecord !== undefined && !same(hostRecord, {}) && !same(hostRecord, draft.base);
          if (newer) this.#theirs = structuredClone(theirs);
          this.#setNotice({ kind: newer ? 'newer' : 'restored', savedAt: draft.savedAt });
        },
        conflict: () => {
          this.#setReadOnly(true);
          this.#setNotice({ kind: 'conflict' });
        },
        failed: (error) => this.#storageFailed(error),
        saved: () => {
          if (!this.#failed) return;
          this.#failed = false;
          if (this.notice?.kind === 'failed') this.#setNotice(undefined);
        },
      },
      () => structuredClone(this.options.initial()),
    );
    this.#autosave = autosave;
    void autosave.restore();
    if (this.#edited) autosave.changed();
  }
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
