import type { TesseractBlocksData } from "./tesseractTypes";

/** Node modules named through variables so that a browser bundle leaves them out. */
const NODE_WORKER_THREADS = "node:worker_threads";
const NODE_MODULE = "node:module";

declare const __filename: string | undefined;

/** What the thread needs: where tesseract.js and the language data are, and the engine's settings. */
export interface TesseractThreadConfig {
  readonly lang: string;
  readonly langPath: string;
  /** tesseract.js's `OEM` and `PSM` values: `psm` for a page, `linePsm` for an image of one line. */
  readonly oem: number;
  readonly psm: string;
  readonly linePsm: string;
}

/** A tesseract.js worker inside a thread of ours: it can always be stopped, even before tesseract.js answers. */
export interface TesseractThread {
  /** Reads a page (automatic segmentation, turned upright), or with `line` an image of one line (no turning). */
  readonly recognise: (image: Uint8Array, dpi: number, line?: boolean) => Promise<TesseractBlocksData>;
  readonly terminate: () => Promise<void>;
}

/**
 * The thread's program (CommonJS, run with `eval`; the module's name is put
 * in at run time, so that no browser bundle of ingest names a Node module): tesseract.js's
 * `createWorker`, whose promise never settles when the language data fails
 * to load or initialise (tesseract.js issues #1075, #1076: its worker is
 * then out of reach and keeps the process alive), with the errorHandler
 * telling us instead; then one recognition a message.
 */
const PROGRAM = `
const { parentPort, workerData } = require(${JSON.stringify(NODE_WORKER_THREADS)});
const { createWorker } = require(workerData.tesseract);
let worker;
const failed = (error) => parentPort.postMessage({ type: "failed", message: String(error && error.message ? error.message : error) });
createWorker(workerData.lang, workerData.oem, {
  langPath: workerData.langPath,
  gzip: true,
  cacheMethod: "none",
  errorHandler: failed,
}).then(async (created) => {
  worker = created;
  await worker.setParameters({ tessedit_pageseg_mode: workerData.psm, debug_file: "/dev/null" });
  parentPort.postMessage({ type: "ready" });
}, failed);
parentPort.on("message", async ({ id, image, dpi, line }) => {
  try {
    await worker.setParameters({
      tessedit_pageseg_mode: line ? workerData.linePsm : workerData.psm,
      user_defined_dpi: String(dpi),
    });
    const result = await worker.recognize(image, line ? {} : { rotateAuto: true }, { blocks: true, text: false });
    parentPort.postMessage({ type: "result", id, data: result.data });
  } catch (error) {
    parentPort.postMessage({ type: "error", id, message: String(error && error.message ? error.message : error) });
  }
});
`;

type FromThread =
  | { type: "ready" }
  | { type: "failed"; message: string }
  | { type: "result"; id: number; data: TesseractBlocksData }
  | { type: "error"; id: number; message: string };

/**
 * Starts tesseract.js for `config.lang` in a Node worker thread of ours, and
 * resolves when it is ready to recognise. Our handle on the thread exists
 * from the start, so whatever tesseract.js does — fail to load or
 * initialise the language data, never settle, crash on the duplicate answer
 * of a failed initialisation — the thread is stopped (tesseract's own worker
 * thread with it) and the promise rejects: with tesseract's reason, the last
 * words it wrote to stderr (kept from the console), or `signal`'s reason
 * when it aborts first. Node only.
 *
 * @param config - the language, its data folder, the engine and page segmentation modes
 * @param signal - stops the thread when aborted, before or after it is ready
 * @returns the thread, ready
 * @throws {Error} when tesseract.js fails to start, or `signal` aborts
 * @example
 * const thread = await startTesseractThread({ lang: "vie", langPath, oem: 1, psm: "3", linePsm: "7" }, signal);
 * const data = await thread.recognise(png, 300);
 * await thread.terminate();
 */
export async function startTesseractThread(
  config: TesseractThreadConfig,
  signal?: AbortSignal,
): Promise<TesseractThread> {
  signal?.throwIfAborted();
  const { Worker } = (await import(
    /* @vite-ignore */ NODE_WORKER_THREADS
  )) as typeof import("node:worker_threads");
  const { createRequire } = (await import(/* @vite-ignore */ NODE_MODULE)) as typeof import("node:module");
  signal?.throwIfAborted();
  const here = typeof __filename === "string" ? __filename : import.meta.url;
  const tesseract = createRequire(here).resolve("tesseract.js");
  const thread = new Worker(PROGRAM, {
    eval: true,
    workerData: { ...config, tesseract },
    stdout: true,
    stderr: true,
  });
  // tesseract's console chatter stays here; its last words explain a failure.
  let said = "";
  thread.stdout.resume();
  thread.stderr.on("data", (chunk: Buffer) => {
    said = (said + chunk.toString("utf8")).slice(-400);
  });
  const lastWords = () =>
    said
      .split("\n")
      // the WebAssembly may echo bytes of the bad data: keep printable text only
      .map((line) => line.replace(/[\p{Cc}\p{Cs}\uFFFD]/gu, "").trim())
      .filter((line) => line.length > 0)
      .slice(-2)
      .join("; ");

  let nextId = 1;
  const calls = new Map<
    number,
    { resolve: (data: TesseractBlocksData) => void; reject: (error: Error) => void }
  >();
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    signal?.removeEventListener("abort", onAbort);
    await thread.terminate();
  };
  const failAll = (error: Error) => {
    for (const [id, call] of [...calls]) {
      calls.delete(id);
      call.reject(error);
    }
  };
  let onAbort = () => {};

  await new Promise<void>((resolve, reject) => {
    const fail = (error: Error) => {
      void stop();
      reject(error);
    };
    onAbort = () => {
      failAll(new Error("stopped"));
      fail(signal?.reason instanceof Error ? signal.reason : new Error("stopped"));
    };
    signal?.addEventListener("abort", onAbort, { once: true });
    let ready = false;
    thread.on("message", (message: FromThread) => {
      if (message.type === "ready") {
        ready = true;
        resolve();
      } else if (message.type === "failed") {
        // once ready, tesseract's errorHandler also hears a failed recognition: its call's own answer tells it
        if (ready) return;
        const words = lastWords();
        fail(new Error(words ? `${message.message} (${words})` : message.message));
      } else {
        const call = calls.get(message.id);
        if (!call) return;
        calls.delete(message.id);
        if (message.type === "result") call.resolve(message.data);
        else call.reject(new Error(message.message));
      }
    });
    thread.on("error", (error: Error) => {
      failAll(error);
      fail(error);
    });
    thread.on("exit", () => {
      stopped = true;
      const error = new Error("the OCR thread stopped");
      failAll(error);
      reject(error);
    });
  });

  return {
    recognise: (image, dpi, line = false) =>
      new Promise<TesseractBlocksData>((resolve, reject) => {
        if (stopped) {
          reject(new Error("the OCR thread stopped"));
          return;
        }
        const id = nextId++;
        calls.set(id, { resolve, reject });
        thread.postMessage({ id, image, dpi: Math.round(dpi), line });
      }),
    terminate: stop,
  };
}
