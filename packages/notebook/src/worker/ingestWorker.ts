import type { PlanFileInput, ReadPlanFilesOptions, ReadPlansResult } from "@parcomms/ingest";
import { documentAssets } from "./documentAssets";
import type { IngestRequest, IngestResponse } from "./ingestProtocol";

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<
  number,
  {
    resolve: (result: ReadPlansResult) => void;
    reject: (error: Error) => void;
    onDocumentProgress: ReadPlanFilesOptions["onDocumentProgress"];
  }
>();

function receive(message: IngestResponse): void {
  const call = pending.get(message.id);
  if (!call) return;
  if (message.type === "progress") {
    call.onDocumentProgress?.(message.file, message.progress);
    return;
  }
  pending.delete(message.id);
  if (message.type === "result") call.resolve(message.result);
  else call.reject(new Error(message.message));
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
 *
 * @param files - one reading: a file, or the tables of one set
 * @param options - `onDocumentProgress` and `signal` are used; the worker always validates
 * @returns what `readPlanFilesAsync` returned in the worker
 * @example
 * const result = await readInWorker([{ name: "003.pdf", bytes }], { onDocumentProgress: (file, p) => draw(p) });
 */
export function readInWorker(
  files: readonly PlanFileInput[],
  options: Pick<ReadPlanFilesOptions, "onDocumentProgress" | "signal"> = {},
): Promise<ReadPlansResult> {
  const id = nextId++;
  const target = start();
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject, onDocumentProgress: options.onDocumentProgress });
    const request: IngestRequest = { type: "read", id, files, assets: documentAssets(document.baseURI) };
    target.postMessage(request);
    options.signal?.addEventListener(
      "abort",
      () => target.postMessage({ type: "cancel", id } satisfies IngestRequest),
      {
        once: true,
      },
    );
  });
}
