import type { LocalizedText } from "@parcomms/core";
import type { PlanReview } from "../review/PlanReview";

/**
 * Why a kept file is no longer read when the page opens (tệp để riêng): its
 * reading failed or was stopped, or the page closed while reading it. The
 * user retries or removes it.
 */
export interface SetAside {
  /** `failed`: nothing could be read; `timeout`: the reading was stopped after its time limit; `interrupted`: the page closed (or froze and was closed) during the reading. */
  readonly reason: "failed" | "timeout" | "interrupted";
  /** What happened, in both languages. */
  readonly message: LocalizedText;
  /** When it was set aside (ms since the epoch). */
  readonly at: number;
}

/** A file the user added, as kept in the browser. */
export interface StoredFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** When it was added (ms since the epoch); files are listed in this order. */
  readonly addedAt: number;
  /** A person's review of the draft plan read from it (fields accepted and corrected), if any. */
  readonly review?: PlanReview;
  /** Set while the file is read when the page opens: still set on the next load, the page closed during that reading. */
  readonly restoring?: true;
  /** Set when the file is not to be read again on page load, and why. */
  readonly setAside?: SetAside;
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
