import type { WorkerRequest, WorkerResponse } from "./protocol";

let worker: Worker | undefined;
let listener: ((message: WorkerResponse) => void) | undefined;
const early: WorkerResponse[] = [];

/**
 * The one synthetic-data worker of the page. The entry module starts it before
 * the notebook's code has loaded when the link opens a synthetic dataset, so
 * generation begins at once; messages that arrive before anyone listens are
 * kept for the first listener.
 *
 * @example
 * syntheticWorker.post({ type: "generate", era: "two-tier", first: [] });
 * syntheticWorker.listen((message) => console.log(message.type)); // "start", "batch", …, "ready"
 */
export const syntheticWorker = {
  /** Whether the worker has been started. */
  started(): boolean {
    return worker !== undefined;
  },
  /** Sends a request, starting the worker on first use. */
  post(message: WorkerRequest): void {
    if (!worker) {
      worker = new Worker(new URL("./synthetic.worker.ts", import.meta.url), { type: "module" });
      worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
        if (listener) listener(event.data);
        else early.push(event.data);
      };
    }
    worker.postMessage(message);
  },
  /** Sets who receives the worker's messages, and hands it those that came before. */
  listen(receive: (message: WorkerResponse) => void): void {
    listener = receive;
    for (const message of early.splice(0)) receive(message);
  },
};
