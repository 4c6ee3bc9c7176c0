import { openDB, type IDBPDatabase } from 'idb';

/** A record saved while it was being edited. */
export interface Draft {
  key: string;
  value: unknown;
  savedAt: string;
  /** The tab that saved it. */
  tab: string;
}

const databaseName = 'mentorkit-drafts';
const storeName = 'drafts';
let database: Promise<IDBPDatabase> | undefined;

function open(): Promise<IDBPDatabase> {
  database ??= openDB(databaseName, 1, {
    upgrade(db) {
      db.createObjectStore(storeName, { keyPath: 'key' });
    },
  });
  return database;
}

/** Drafts in this origin's IndexedDB, by the key a form's `autosave` names. */
export const draftStore = {
  async get(key: string): Promise<Draft | undefined> {
    return (await open()).get(storeName, key);
  },
  async put(draft: Draft): Promise<void> {
    await (await open()).put(storeName, draft);
  },
  async delete(key: string): Promise<void> {
    await (await open()).delete(storeName, key);
  },
};
