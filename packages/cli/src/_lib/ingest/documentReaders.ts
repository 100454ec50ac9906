import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { type DocumentProgress, makeReadIssue, type ReadPlansResult } from "@parcomms/ingest";
import type { ReaderJob, ReaderMessage } from "./ReaderMessage";
import { readOneDocument } from "./readOneDocument";

/** Reads files one by one, in parallel threads or in the process itself. */
export interface DocumentReaders {
  /** Reads one file; never rejects (a failure is the file's issue). */
  read(
    name: string,
    bytes: Uint8Array,
    onProgress: (progress: DocumentProgress) => void,
  ): Promise<ReadPlansResult>;
  /** Whether the files are read in worker threads. */
  readonly threads: boolean;
  /** Stops the threads. */
  close(): Promise<void>;
}

interface Pending {
  readonly job: ReaderJob;
  readonly onProgress: (progress: DocumentProgress) => void;
  readonly done: (result: ReadPlansResult) => void;
}

/**
 * The readers of `parcomms ingest`: `jobs` worker threads, each importing
 * `@parcomms/ingest` and reading one file at a time with `readOneDocument`
 * (so a slow OCR runs beside another document), or, with `jobs` 1, the
 * process itself. A thread that dies (out of memory in a reader) fails its
 * file with `io.unreadable` and is replaced. Built, the thread runs
 * `dist/ingestWorker.js`; from source (vitest, `pnpm parcomms`) it runs
 * `ingestWorker.ts` through tsx with the `@parcomms/source` condition.
 *
 * @param jobs - the number of threads (1: no thread)
 * @returns the readers; `close()` them when done
 * @example
 * const readers = documentReaders(2);
 * const result = await readers.read("003.pdf", bytes, (p) => {});
 * await readers.close();
 */
export function documentReaders(jobs: number): DocumentReaders {
  if (jobs <= 1) {
    return { read: readOneDocument, threads: false, close: async () => {} };
  }
  const queue: Pending[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Pending>();
  const live = new Set<Worker>();
  let nextId = 0;
  let closing = false;

  const finish = (worker: Worker, result: ReadPlansResult) => {
    const pending = busy.get(worker);
    busy.delete(worker);
    pending?.done(result);
  };
  const spawn = (): Worker => {
    const worker = startWorker();
    live.add(worker);
    worker.on("message", (message: ReaderMessage) => {
      const pending = busy.get(worker);
      if (!pending || pending.job.id !== message.id) return;
      if (message.result) {
        finish(worker, message.result);
        idle.push(worker);
        pump();
      } else if (message.progress) pending.onProgress(message.progress);
    });
    worker.on("error", (error) => lost(worker, error.message));
    worker.on("exit", (code) => lost(worker, `exit ${code}`));
    return worker;
  };
  const lost = (worker: Worker, reason: string) => {
    if (!live.delete(worker)) return; // "error" then "exit": once is enough
    const pending = busy.get(worker);
    const at = idle.indexOf(worker);
    if (at >= 0) idle.splice(at, 1);
    if (pending) {
      const issue = makeReadIssue("io.unreadable", pending.job.name, { reason });
      finish(worker, { plans: [], documents: [], issues: [issue] });
    }
    if (!closing) pump();
  };
  const pump = () => {
    while (queue.length > 0) {
      const worker = idle.pop() ?? (live.size < jobs ? spawn() : undefined);
      if (!worker) return;
      const pending = queue.shift() as Pending;
      busy.set(worker, pending);
      worker.postMessage(pending.job);
    }
  };
  return {
    threads: true,
    read(name, bytes, onProgress) {
      return new Promise((done) => {
        queue.push({ job: { id: nextId++, name, bytes }, onProgress, done });
        pump();
      });
    },
    async close() {
      closing = true;
      await Promise.all([...idle, ...busy.keys()].map((worker) => worker.terminate()));
    },
  };
}

/** A reading thread: the built `ingestWorker.js` beside this file, or from source through tsx. */
function startWorker(): Worker {
  const here = import.meta.url;
  if (!here.endsWith(".ts")) return new Worker(new URL("./ingestWorker.js", here));
  // From source: tsx's loader registered inside the thread, then the TypeScript entry.
  const require = createRequire(here);
  const tsx = pathToFileURL(require.resolve("tsx/esm/api").replace(/\.cjs$/, ".mjs")).href;
  const entry = new URL("./ingestWorker.ts", here).href;
  const code = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(code, { eval: true, execArgv: ["--conditions=@parcomms/source"] });
}
