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

const unloadKey = (key: string) => `mentorkit-draft:${key}`;

/** The draft a page unload left in sessionStorage, if it is one. */
function readUnloadDraft(key: string): Draft | undefined {
  try {
    const draft = JSON.parse(sessionStorage.getItem(unloadKey(key)) ?? 'null') as Partial<Draft> | null;
    return draft && draft.key === key && typeof draft.savedAt === 'string' && typeof draft.tab === 'string' ? (draft as Draft) : undefined;
  } catch {
    return undefined;
  }
}

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

  /** Looks for a draft of this key (the newer of the stored one and one left by a page unload) and reports it. */
  async restore(): Promise<void> {
    const stored = await draftStore.get(this.key);
    const unloaded = readUnloadDraft(this.key);
    const draft = unloaded && (!stored || unloaded.savedAt > stored.savedAt) ? unloaded : stored;
    if (unloaded) {
      sessionStorage.removeItem(unloadKey(this.key));
      if (draft === unloaded) await draftStore.put(unloaded);
    }
    if (draft) this.events.restored(draft);
  }

  /** Called on every change: saves soon after the typing stops. */
  changed(): void {
    if (this.#paused) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), delay);
  }

  /**
   * Saves now if a change still waits for its save: the page is going away in the middle of typing. An
   * IndexedDB write may not finish before the page unloads, so the draft also goes, synchronously, to this
   * tab's sessionStorage, which `restore()` reads after a reload.
   */
  flushPending(): void {
    if (this.#timer === undefined || this.#paused) return;
    const draft = this.#draft();
    try {
      sessionStorage.setItem(unloadKey(this.key), JSON.stringify(draft));
    } catch {
      // Storage full or unavailable: the IndexedDB write below is all there is.
    }
    void this.flush();
  }

  #draft(): Draft {
    return { key: this.key, value: structuredClone(this.#read()), savedAt: new Date().toISOString(), tab: this.tab };
  }

  /** Saves now (if there is anything unsaved and this tab owns the draft). */
  async flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#paused) return;
    const draft = this.#draft();
    await draftStore.put(draft);
    this.#channel?.postMessage({ type: 'saved', key: this.key, tab: this.tab });
  }

  /** The record was saved elsewhere (submitted, or stored by the host): drop the draft and the warning. */
  async clear(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    sessionStorage.removeItem(unloadKey(this.key));
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
