import { openDB, type IDBPDatabase } from 'idb';

/** A record saved while it was being edited. */
export interface Draft {
  key: string;
  value: unknown;
  savedAt: string;
  /** The tab that saved it. */
  tab: string;
  /** The record as the host had set it when the draft was started (to tell a later, different record apart). */
  base?: unknown;
}

const databaseName = 'mentorkit-drafts';
const storeName = 'drafts';
let database: Promise<IDBPDatabase> | undefined;

function open(): Promise<IDBPDatabase> {
  if (typeof indexedDB === 'undefined')
    return Promise.reject(new DOMException('IndexedDB is not available in this browser', 'NotSupportedError'));
  database ??= openDB(databaseName, 1, {
    upgrade(db) {
      db.createObjectStore(storeName, { keyPath: 'key' });
    },
  }).catch((error: unknown) => {
    database = undefined;
    throw error;
  });
  return database;
}

/** Drafts in this origin's IndexedDB, by the key a form's `autosave` names. */
export const draftStore = {
  async get(key: string): Promise<Draft | undefined> {
    return (await open()).get(storeName, key);
  },
  async put(draft: Draft): Promise<void> {
    const tx = (await open()).transaction(storeName, 'readwrite');
    void tx.store.put(draft);
    // Commit at once: a page that is going away (pagehide) still gets its last draft written.
    tx.commit();
    await tx.done;
  },
  async delete(key: string): Promise<void> {
    const tx = (await open()).transaction(storeName, 'readwrite');
    void tx.store.delete(key);
    tx.commit();
    await tx.done;
  },
};

const sessionPrefix = 'mentorkit-draft:';

/**
 * The last draft of this tab, written synchronously when the page is hidden or closed (an IndexedDB
 * write may not finish before a reload tears the page down). It lives in `sessionStorage`, so only
 * this tab sees it, and it is removed once IndexedDB holds the same draft or the draft is cleared.
 */
export const lastDraft = {
  get(key: string): Draft | undefined {
    try {
      const text = sessionStorage.getItem(sessionPrefix + key);
      return text ? (JSON.parse(text) as Draft) : undefined;
    } catch {
      return undefined;
    }
  },
  /** Returns false when the tab cannot keep it either (storage full or blocked). */
  put(draft: Draft): boolean {
    try {
      sessionStorage.setItem(sessionPrefix + draft.key, JSON.stringify(draft));
      return true;
    } catch {
      return false;
    }
  },
  delete(key: string): void {
    try {
      sessionStorage.removeItem(sessionPrefix + key);
    } catch {
      // Nothing was kept.
    }
  },
};
