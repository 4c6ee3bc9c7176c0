import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Autosave } from '../drafts/autosave.js';
import type { FormStore } from '../store/form-store.js';

/** What the form tells the user about its draft: one was restored, or another tab edits it. */
export type DraftNotice = { kind: 'restored'; savedAt: string } | { kind: 'conflict' };

/** What drafts read from their form. */
export interface DraftOptions {
  store: FormStore;
  /** The draft key (the form's `autosave`); empty: no drafts. */
  key(): string;
  /** Loads the form's own record again (after the draft was discarded). */
  reload(): void;
}

/**
 * Drafts of one form's record in this browser: autosave while it is edited (the `Autosave` module
 * loads only for forms that autosave), restore after a reload or crash, a warning before the page
 * closes with unsaved changes, and the notice the form shows (restored, or another tab editing).
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

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: DraftOptions,
  ) {
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
    addEventListener('pagehide', this.#onPageHide);
    void this.#follow();
  }

  hostDisconnected(): void {
    removeEventListener('beforeunload', this.#onBeforeUnload);
    removeEventListener('pagehide', this.#onPageHide);
    void this.#follow();
  }

  hostUpdate(): void {
    void this.#follow();
  }

  /** The form loaded its record again: nothing is edited. */
  loaded(): void {
    this.#edited = false;
  }

  /** Saves the draft now rather than when typing pauses (nothing happens while another tab owns the draft). */
  async save(): Promise<void> {
    await this.#autosave?.flush();
  }

  /** Removes the saved draft and the notice. */
  async clear(): Promise<void> {
    this.#setNotice(undefined);
    this.#edited = false;
    await this.#autosave?.clear();
  }

  /** Drops the draft and loads the form's own record again. */
  async discard(): Promise<void> {
    await this.clear();
    this.options.reload();
  }

  /** This tab takes over a draft another tab was editing. */
  takeOver(): void {
    this.#setNotice(undefined);
    this.#autosave?.takeOver();
  }

  /** With autosave on, warns before the page closes while there are changes that were not submitted. */
  #onBeforeUnload = (event: BeforeUnloadEvent): void => {
    if (!this.options.key() || !this.#edited) return;
    this.#autosave?.flushPending();
    event.preventDefault();
    // Older browsers show the dialog only when returnValue is set.
    event.returnValue = '';
  };

  /** A reload or a closed tab in the middle of typing: what was typed since the last save is saved now. */
  #onPageHide = (): void => {
    this.#autosave?.flushPending();
  };

  #setNotice(notice: DraftNotice | undefined): void {
    this.notice = notice;
    this.host.requestUpdate();
  }

  /** Starts, stops or re-keys autosave to match the key and whether the form is in the page. */
  async #follow(): Promise<void> {
    const key = this.host.isConnected ? this.options.key() : '';
    if (key === this.#key) return;
    this.#autosave?.dispose();
    this.#autosave = undefined;
    this.#key = key;
    if (!key) return;
    const { Autosave } = await import('../drafts/autosave.js');
    if (this.#key !== key) return;
    const store = this.options.store;
    const autosave = new Autosave(key, () => store.value, {
      restored: (draft) => {
        if (JSON.stringify(draft.value) === JSON.stringify(store.value)) return;
        store.replace(structuredClone(draft.value));
        this.#setNotice({ kind: 'restored', savedAt: draft.savedAt });
      },
      conflict: () => this.#setNotice({ kind: 'conflict' }),
    });
    this.#autosave = autosave;
    void autosave.restore();
    if (this.#edited) autosave.changed();
  }
}
