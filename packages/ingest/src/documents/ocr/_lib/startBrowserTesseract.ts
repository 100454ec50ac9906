import { spawnedWorkers } from "./spawnedWorkers";

/** The part of a tesseract.js worker used here. */
export interface TesseractWorkerLike {
  readonly setParameters: (params: Record<string, string>) => Promise<unknown>;
  readonly recognize: (image: never, options: object, output: object) => Promise<{ data: unknown }>;
  readonly terminate: () => Promise<unknown>;
}

/** tesseract.js's `createWorker`, as called here. */
export type CreateWorker = (
  langs: string,
  oem: number,
  options: Record<string, unknown>,
) => Promise<TesseractWorkerLike>;

/**
 * tesseract.js's `createWorker` in a browser (or a browser's worker), made
 * stoppable: the web worker it spawns is caught as it is made
 * ({@link spawnedWorkers}), so that when the language data fails to load
 * (tesseract.js then calls `errorHandler` but never settles its promise) or
 * `signal` aborts (a time limit, a cancel) before it is ready, that worker is
 * terminated and the promise rejects, instead of a worker left running.
 *
 * @param createWorker - tesseract.js's `createWorker`
 * @param lang - the language
 * @param oem - the engine mode
 * @param options - tesseract.js's options (paths, gzip, cache), without `errorHandler`
 * @param signal - stops the worker when aborted before it is ready
 * @returns the ready worker
 * @throws {Error} tesseract's reason, or the signal's
 * @example
 * const worker = await startBrowserTesseract(createWorker, "vie", OEM.LSTM_ONLY, { langPath, workerPath, corePath }, signal);
 */
export async function startBrowserTesseract(
  createWorker: CreateWorker,
  lang: string,
  oem: number,
  options: Record<string, unknown>,
  signal?: AbortSignal,
): Promise<TesseractWorkerLike> {
  signal?.throwIfAborted();
  let fail: (error: Error) => void = () => {};
  const failed = new Promise<never>((_, reject) => {
    fail = reject;
  });
  const { result: pending, workers } = spawnedWorkers(() =>
    createWorker(lang, oem, {
      ...options,
      errorHandler: (error: unknown) => fail(new Error(String(error))),
    }),
  );
  pending.catch(() => {});
  const onAbort = () => fail(signal?.reason instanceof Error ? signal.reason : new Error("stopped"));
  signal?.addEventListener("abort", onAbort, { once: true });
  try {
    return await Promise.race([pending, failed]);
  } catch (error) {
    for (const worker of workers) worker.terminate();
    throw error;
  } finally {
    signal?.removeEventListener("abort", onAbort);
  }
}
