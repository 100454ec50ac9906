import type { PlanReview } from "../review/PlanReview";

/** A file the user added, as kept in the browser. */
export interface StoredFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** When it was added (ms since the epoch); files are listed in this order. */
  readonly addedAt: number;
  /** A person's review of the draft plan read from it (fields accepted and corrected), if any. */
  readonly review?: PlanReview;
}

const DB_NAME = "parcomms-notebook";
const STORE = "files";

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: "name" });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

/**
 * The user's files kept in this browser's IndexedDB (database
 * "parcomms-notebook"): they survive reloads until removed, and never leave
 * the machine.
 *
 * @example
 * await fileStore.put({ name: "plan.json", bytes, addedAt: Date.now() });
 * (await fileStore.list()).map((f) => f.name) // ["plan.json"]
 * await fileStore.remove("plan.json");
 */
export const fileStore = {
  /** Every stored file, oldest first. */
  async list(): Promise<StoredFile[]> {
    const rows = await run("readonly", (store) => store.getAll() as IDBRequest<StoredFile[]>);
    return rows.sort((a, b) => a.addedAt - b.addedAt || (a.name < b.name ? -1 : 1));
  },
  /** Adds a file, replacing one of the same name. */
  async put(file: StoredFile): Promise<void> {
    await run("readwrite", (store) => store.put(file));
  },
  /** Removes a file by name. */
  async remove(name: string): Promise<void> {
    await run("readwrite", (store) => store.delete(name));
  },
};
