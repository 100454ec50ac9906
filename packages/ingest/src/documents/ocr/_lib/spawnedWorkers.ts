/**
 * Runs `start` with the global `Worker` constructor replaced by a subclass
 * that records every worker made, then puts it back: the handles of the web
 * workers a library spawns synchronously and does not hand out (tesseract.js's
 * `createWorker` makes its worker before its first `await`, and gives it back
 * only once its language data is loaded, never when that fails). Without a
 * global `Worker` (Node), `start` runs as it is and none is recorded.
 *
 * @param start - the synchronous start of what spawns the workers
 * @returns what `start` returned, and the workers spawned meanwhile
 * @example
 * const { result, workers } = spawnedWorkers(() => createWorker("vie", 1, options));
 * // on failure or timeout: for (const worker of workers) worker.terminate();
 */
export function spawnedWorkers<T>(start: () => T): { result: T; workers: Worker[] } {
  const scope = globalThis as { Worker?: typeof Worker };
  const Original = scope.Worker;
  const workers: Worker[] = [];
  if (typeof Original !== "function") return { result: start(), workers };
  scope.Worker = class extends Original {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      workers.push(this);
    }
  };
  try {
    return { result: start(), workers };
  } finally {
    scope.Worker = Original;
  }
}
