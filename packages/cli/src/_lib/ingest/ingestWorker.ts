/**
 * The entry of a reading thread of `parcomms ingest` (a `worker_threads`
 * worker): reads each file it is sent with {@link readOneDocument} and posts
 * back the document's progress, then the result. Built as `dist/ingestWorker.js`;
 * run from source (tests) through tsx (see `documentReaders`).
 *
 * @packageDocumentation
 */
import { parentPort } from "node:worker_threads";
import type { ReaderJob, ReaderMessage } from "./ReaderMessage";
import { readOneDocument } from "./readOneDocument";

const port = parentPort;
if (port) {
  port.on("message", (job: ReaderJob) => {
    const post = (message: ReaderMessage) => port.postMessage(message);
    void readOneDocument(job.name, job.bytes, (progress) => post({ id: job.id, progress })).then((result) =>
      post({ id: job.id, result }),
    );
  });
}
