import { draftStore, type Draft } from './draft-store.js';

/** What the autosave tells its form. */
export interface AutosaveEvents {
  /** A draft newer than the loaded record was found. */
  restored(draft: Draft): void;
  /** Another tab is saving a draft under the same key. */
  conflict(): void;
}

const channelName = 'mentorkit-drafts';
const delay = 400;

/**
 * Saves a form's record as a draft while it is edited (debounced), restores it after a reload or a
 * crash, and notices a second tab editing the same draft through a BroadcastChannel, so that neither
 * tab silently overwrites the other.
 */
export class Autosave {
  readonly tab = crypto.randomUUID();
  #timer?: ReturnType<typeof setTimeout>;
  #channel?: BroadcastChannel;
  #paused = false;
  #read: () => unknown;

  constructor(
    readonly key: string,
    read: () => unknown,
    private readonly events: AutosaveEvents,
  ) {
    this.#read = read;
    this.#channel = new BroadcastChannel(channelName);
    this.#channel.addEventListener('message', this.#onMessage);
  }

  /** Looks for a draft of this key and reports it. */
  async restore(): Promise<void> {
    const draft = await draftStore.get(this.key);
    if (draft) this.events.restored(draft);
  }

  /** Called on every change: saves soon after the typing stops. */
  changed(): void {
    if (this.#paused) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), delay);
  }

  /** Saves now if a change still waits for its save: the page is going away in the middle of typing. */
  flushPending(): void {
    if (this.#timer !== undefined) void this.flush();
  }

  /** Saves now (if there is anything unsaved and this tab owns the draft). */
  async flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#paused) return;
    const draft: Draft = { key: this.key, value: structuredClone(this.#read()), savedAt: new Date().toISOString(), tab: this.tab };
    await draftStore.put(draft);
    this.#channel?.postMessage({ type: 'saved', key: this.key, tab: this.tab });
  }

  /** The record was saved elsewhere (submitted, or stored by the host): drop the draft and the warning. */
  async clear(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    await draftStore.delete(this.key);
    this.#channel?.postMessage({ type: 'cleared', key: this.key, tab: this.tab });
  }

  /** This tab takes the draft over from another tab: it saves again, and the other tab pauses. */
  takeOver(): void {
    this.#paused = false;
    this.#channel?.postMessage({ type: 'taken', key: this.key, tab: this.tab });
    void this.flush();
  }

  get paused(): boolean {
    return this.#paused;
  }

  dispose(): void {
    clearTimeout(this.#timer);
    this.#channel?.close();
    this.#channel = undefined;
  }

  #onMessage = (event: MessageEvent<{ type: string; key: string; tab: string }>): void => {
    const { type, key, tab } = event.data ?? {};
    if (key !== this.key || tab === this.tab) return;
    if (type === 'saved' || type === 'taken') {
      this.#paused = true;
      clearTimeout(this.#timer);
      this.events.conflict();
    }
  };
}
