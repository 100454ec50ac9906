/// <reference lib="webworker" />
import { readPlanFilesAsync } from "@parcomms/ingest";
import type { IngestRequest, IngestResponse } from "./ingestProtocol";

// The user's files are read here, off the main thread: a PDF's pages, a scan's
// OCR or a long .docx never freeze the page. The page sends one reading at a
// time (a file, or the tables of one set); the worker answers with the
// document's own progress as it goes, then the whole result. A cancel aborts
// the reading's signal: the readers stop at their next step.
const controllers = new Map<number, AbortController>();

const post = (message: IngestResponse) => (self as unknown as Worker).postMessage(message);

async function read(request: Extract<IngestRequest, { type: "read" }>): Promise<void> {
  const controller = new AbortController();
  controllers.set(request.id, controller);
  try {
    const result = await readPlanFilesAsync(request.files, {
      // With validation, a plan saved in an earlier schema is migrated (and says so).
      validate: true,
      signal: controller.signal,
      onDocumentProgress: (file, progress) => post({ type: "progress", id: request.id, file, progress }),
      readerOptions: request.assets,
    });
    post({ type: "result", id: request.id, result });
  } catch (error) {
    post({ type: "failed", id: request.id, message: error instanceof Error ? error.message : String(error) });
  } finally {
    controllers.delete(request.id);
  }
}

self.onmessage = (event: MessageEvent<IngestRequest>) => {
  const request = event.data;
  if (request.type === "cancel") controllers.get(request.id)?.abort();
  else void read(request);
};
