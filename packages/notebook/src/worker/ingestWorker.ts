import type { PlanFileInput, ReadPlanFilesOptions, ReadPlansResult } from "@parcomms/ingest";
import { documentAssets } from "./documentAssets";
import type { IngestRequest, IngestResponse } from "./ingestProtocol";
import { ReadTimeoutError } from "./ReadTimeoutError";

/** How long the worker may be silent (no progress, no result) before its reading is stopped, by default. */
export const READ_TIMEOUT_SECONDS = 60;
/** How long a cancelled reading may take to stop by itself before its worker is stopped. */
const CANCEL_GRACE_MS = 2_000;

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<
  number,
  {
    resolve: (result: ReadPlansResult) => void;
    reject: (error: Error) => void;
    onDocumentProgress: ReadPlanFilesOptions["onDocumentProgress"];
    /** Restarts the silence timer: called on every message of this reading. */
    alive: () => void;
  }
>();

function receive(message: IngestResponse): void {
  const call = pending.get(message.id);
  if (!call) return;
  call.alive();
  if (message.type === "progress") {
    call.onDocumentProgress?.(message.file, message.progress);
    return;
  }
  pending.delete(message.id);
  if (message.type === "result") call.resolve(message.result);
  else call.reject(new Error(message.message));
}

/**
 * Stops the worker, whatever it is doing (a synchronous extraction cannot be
 * interrupted any other way), and fails every reading it had with `error`;
 * the next reading starts a new worker.
 */
function stop(error: (id: number) => Error): void {
  worker?.terminate();
  worker = undefined;
  for (const [id, call] of [...pending]) {
    pending.delete(id);
    call.reject(error(id));
  }
}

/** The page's `?readTimeout=` (seconds, 1 to 3600), for a slow machine or a test; undefined when absent or not such a number. */
function timeoutOfPage(): number | undefined {
  const given = Number(
    new URLSearchParams(globalThis.location?.search ?? "").get("readTimeout") ?? Number.NaN,
  );
  return given >= 1 && given <= 3600 ? given : undefined;
}

function start(): Worker {
  if (!worker) {
    worker = new Worker(new URL("./ingest.worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (event: MessageEvent<IngestResponse>) => receive(event.data);
  }
  return worker;
}

/**
 * `readPlanFilesAsync` run in the page's ingest worker (started on first
 * use): the same result, the documents' progress reported through
 * `onDocumentProgress`, `signal` forwarded as a cancel. The readers get the
 * URLs of their files under the notebook's base ({@link documentAssets}).
 * A reading that says nothing (no progress, no result) for `timeoutSeconds`
 * is stopped with the worker, and fails with a {@link ReadTimeoutError}; a
 * cancelled reading that does not stop within two seconds is stopped too.
 * The page never waits on a file that hangs its reader.
 *
 * @param files - one reading: a file, or the tables of one set
 * @param options - `onDocumentProgress`, `signal` and `timeoutSeconds` (default {@link READ_TIMEOUT_SECONDS}); the worker always validates
 * @returns what `readPlanFilesAsync` returned in the worker
 * @throws {ReadTimeoutError} when the worker was silent too long
 * @example
 * const result = await readInWorker([{ name: "003.pdf", bytes }], { onDocumentProgress: (file, p) => draw(p) });
 */
export function readInWorker(
  files: readonly PlanFileInput[],
  options: Pick<ReadPlanFilesOptions, "onDocumentProgress" | "signal"> & {
    readonly timeoutSeconds?: number;
  } = {},
): Promise<ReadPlansResult> {
  const id = nextId++;
  const target = start();
  const seconds = options.timeoutSeconds ?? timeoutOfPage() ?? READ_TIMEOUT_SECONDS;
  return new Promise<ReadPlansResult>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const alive = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (pending.has(id)) stop(() => new ReadTimeoutError(seconds));
      }, seconds * 1000);
    };
    const settle =
      <T>(done: (value: T) => void) =>
      (value: T) => {
        clearTimeout(timer);
        done(value);
      };
    pending.set(id, {
      resolve: settle(resolve),
      reject: settle(reject),
      onDocumentProgress: options.onDocumentProgress,
      alive,
    });
    alive();
    const request: IngestRequest = { type: "read", id, files, assets: documentAssets(document.baseURI) };
    target.postMessage(request);
    options.signal?.addEventListener(
      "abort",
      () => {
        target.postMessage({ type: "cancel", id } satisfies IngestRequest);
        // A reader busy in a synchronous step never sees the cancel: its worker is stopped instead.
        setTimeout(() => {
          if (pending.has(id)) stop(() => new DOMException("The reading was cancelled.", "AbortError"));
        }, CANCEL_GRACE_MS);
      },
      { once: true },
    );
  });
}
