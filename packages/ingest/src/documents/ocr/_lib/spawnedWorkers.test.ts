import { afterEach, describe, expect, it } from "vitest";
import { spawnedWorkers } from "./spawnedWorkers";

const scope = globalThis as { Worker?: unknown };
const before = scope.Worker;
afterEach(() => {
  scope.Worker = before;
});

/** A stand-in for the browser's Worker: remembers its script and whether it was terminated. */
class FakeWorker {
  terminated = false;
  constructor(readonly url: string | URL) {}
  terminate(): void {
    this.terminated = true;
  }
}

describe("spawnedWorkers", () => {
  it("hands back the workers made during the call, and puts the global Worker back", () => {
    scope.Worker = FakeWorker;
    const { result, workers } = spawnedWorkers(() => {
      new Worker("tesseract-worker.min.js");
      new Worker("blob:second");
      return "started";
    });
    expect(result).toBe("started");
    expect(workers.map((worker) => (worker as unknown as FakeWorker).url)).toEqual([
      "tesseract-worker.min.js",
      "blob:second",
    ]);
    expect(workers[0]).toBeInstanceOf(FakeWorker);
    expect(scope.Worker).toBe(FakeWorker);
    // a worker made after the call is not recorded
    new Worker("later.js");
    expect(workers).toHaveLength(2);
  });

  it("puts the global Worker back when the call throws", () => {
    scope.Worker = FakeWorker;
    expect(() =>
      spawnedWorkers(() => {
        throw new Error("bad options");
      }),
    ).toThrow("bad options");
    expect(scope.Worker).toBe(FakeWorker);
  });

  it("without a global Worker (Node), runs the call and records none", () => {
    scope.Worker = undefined;
    expect(spawnedWorkers(() => 42)).toEqual({ result: 42, workers: [] });
  });
});
