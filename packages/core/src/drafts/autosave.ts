import { draftStore, lastDraft, type Draft } from './draft-store.js';

/** What the autosave tells its form. */
export interface AutosaveEvents {
  /** A draft newer than the loaded record was found. */
  restored(draft: Draft): void;
  /** Another tab is saving a draft under the same key: this tab stops writing until it takes over. */
  conflict(): void;
  /** A draft could not be saved or read (storage full, no IndexedDB): the record is only in memory. */
  failed(error: unknown): void;
  /** A draft was saved (after a failure: the failure is over). */
  saved(): void;
}

const channelName = 'mentorkit-drafts';
const delay = 400;

/**
 * Saves a form's record as a draft while it is edited (debounced), restores it after a reload or a
 * crash, and coordinates tabs editing the same key over a BroadcastChannel: one tab writes, the
 * others are told and stop writing until they take over. When the page is hidden or closed the draft
 * is written at once, and synchronously to this tab's `sessionStorage` as well, so a reload right
 * after a keystroke loses nothing.
 */
export class Autosave {
  readonly tab = crypto.randomUUID();
  #timer?: ReturnType<typeof setTimeout>;
  #channel?: BroadcastChannel;
  #paused = false;
  /** When this tab last took the draft over: news from other tabs sent before then is stale. */
  #takenAt = 0;
  /** Edits since the last draft was written. */
  #dirty = false;
  #read: () => unknown;
  #base: () => unknown;

  constructor(
    readonly key: string,
    read: () => unknown,
    private readonly events: AutosaveEvents,
    base: () => unknown = () => undefined,
  ) {
    this.#read = read;
    this.#base = base;
    try {
      this.#channel = new BroadcastChannel(channelName);
      this.#channel.addEventListener('message', this.#onMessage);
    } catch {
      // No BroadcastChannel (an old browser, a sandboxed frame): one tab is all it can see.
    }
    addEventListener('pagehide', this.#onHide);
    document.addEventListener('visibilitychange', this.#onVisibility);
  }

  /** Looks for a draft of this key (the newer of this tab's last one and IndexedDB's) and reports it. */
  async restore(): Promise<void> {
    const local = lastDraft.get(this.key);
    let stored: Draft | undefined;
    try {
      stored = await draftStore.get(this.key);
    } catch (error) {
      this.events.failed(error);
    }
    const draft = !local ? stored : !stored || local.savedAt > stored.savedAt ? local : stored;
    if (draft) this.events.restored(draft);
    // This tab's copy goes to IndexedDB now, so the other tabs see it too; an older one is dropped.
    if (draft === local && local) void this.#write(local);
    else lastDraft.delete(this.key);
  }

  /** The draft saved under this key now (another tab's latest, after it typed), or undefined. */
  async latest(): Promise<Draft | undefined> {
    return (await draftStore.get(this.key)) ?? undefined;
  }

  /** Called on every change: saves soon after the typing stops. */
  changed(): void {
    this.#dirty = true;
    if (this.#paused) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), delay);
  }

  /** Saves now (if this tab owns the draft). */
  async flush(): Promise<void> {
    clearTimeout(this.#timer);
    if (this.#paused) return;
    await this.#write(this.#draft());
  }

  /** Edits not yet in a draft (nothing is lost when the page closes without them only if this is false). */
  get dirty(): boolean {
    return this.#dirty;
  }

  /** The record was saved elsewhere (submitted, or stored by the host): drop the draft. */
  async clear(): Promise<void> {
    clearTimeout(this.#timer);
    this.#dirty = false;
    lastDraft.delete(this.key);
    this.#channel?.postMessage({ type: 'cleared', key: this.key, tab: this.tab });
    try {
      await draftStore.delete(this.key);
    } catch (error) {
      this.events.failed(error);
    }
  }

  /** This tab takes the draft over from another tab: it writes again, and the other tab stops. */
  takeOver(): void {
    this.#paused = false;
    this.#takenAt = Date.now();
    this.#channel?.postMessage({ type: 'taken', key: this.key, tab: this.tab, at: this.#takenAt });
  }

  get paused(): boolean {
    return this.#paused;
  }

  dispose(): void {
    clearTimeout(this.#timer);
    this.#channel?.close();
    this.#channel = undefined;
    removeEventListener('pagehide', this.#onHide);
    document.removeEventListener('visibilitychange', this.#onVisibility);
  }

  #draft(): Draft {
    return { key: this.key, value: structuredClone(this.#read()), savedAt: new Date().toISOString(), tab: this.tab, base: this.#base() };
  }

  async #write(draft: Draft): Promise<void> {
    this.#dirty = false;
    try {
      await draftStore.put(draft);
      lastDraft.delete(this.key);
      this.#channel?.postMessage({ type: 'saved', key: this.key, tab: this.tab, at: Date.now() });
      this.events.saved();
    } catch (error) {
      this.#dirty = true;
      this.events.failed(error);
    }
  }

  /** The page is being hidden or closed: keep the latest edits synchronously, then in IndexedDB. */
  #onHide = (): void => {
    if (!this.#dirty || this.#paused) return;
    clearTimeout(this.#timer);
    const draft = this.#draft();
    lastDraft.put(draft);
    void this.#write(draft);
  };

  #onVisibility = (): void => {
    if (document.visibilityState === 'hidden') this.#onHide();
  };

  #onMessage = (event: MessageEvent<{ type: string; key: string; tab: string; at?: number }>): void => {
    const { type, key, tab, at } = event.data ?? {};
    if (key !== this.key || tab === this.tab) return;
    // A save the other tab made before this one took over, still on its way: this tab stays the writer.
    // (A message without a time, from an older version in another tab, counts as news.)
    if (this.#takenAt && at !== undefined && at <= this.#takenAt) return;
    if ((type === 'saved' || type === 'taken') && !this.#paused) {
      this.#paused = true;
      clearTimeout(this.#timer);
      this.events.conflict();
    }
  };
}
