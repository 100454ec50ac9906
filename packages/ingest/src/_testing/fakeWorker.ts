import { afterEach } from "vitest";

/** A stand-in for the browser's Worker: remembers its script and whether it was terminated. */
export class FakeWorker {
  terminated = false;
  constructor(readonly url?: string | URL) {}
  terminate(): void {
    this.terminated = true;
  }
}

/**
 * The global `Worker` of a test file, as the code under test sees it: `use()` sets it to
 * {@link FakeWorker}, `remove()` takes it away, and it is put back as it was after each test.
 *
 * @example
 * const workerGlobal = globalWorker();
 * it("…", () => { workerGlobal.use(); new Worker("a.js"); });
 */
export function globalWorker(): { use: () => void; remove: () => void; current: () => unknown } {
  const scope = globalThis as { Worker?: unknown };
  const before = scope.Worker;
  afterEach(() => {
    scope.Worker = before;
  });
  return {
    use: () => {
      scope.Worker = FakeWorker;
    },
    /** No `Worker` at all, as in Node. */
    remove: () => {
      scope.Worker = undefined;
    },
    current: () => scope.Worker,
  };
}
