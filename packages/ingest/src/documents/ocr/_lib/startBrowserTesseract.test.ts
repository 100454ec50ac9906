import { describe, expect, it } from "vitest";
import { FakeWorker, globalWorker } from "../../../_testing/fakeWorker";
import { type CreateWorker, startBrowserTesseract, type TesseractWorkerLike } from "./startBrowserTesseract";

const workerGlobal = globalWorker();

const ready: TesseractWorkerLike = {
  setParameters: async () => ({}),
  recognize: async () => ({ data: {} }),
  terminate: async () => undefined,
};

/**
 * tesseract.js 7's createWorker as it behaves (src/createWorker.js): spawns its web worker at once,
 * then either resolves, or — when the language data fails to load — calls errorHandler and never settles.
 */
function fakeCreateWorker(outcome: "ready" | "load-fails" | "silent"): {
  createWorker: CreateWorker;
  spawned: FakeWorker[];
} {
  const spawned: FakeWorker[] = [];
  const createWorker: CreateWorker = (_lang, _oem, options) => {
    spawned.push(new (globalThis as unknown as { Worker: new () => FakeWorker }).Worker());
    if (outcome === "ready") return Promise.resolve(ready);
    if (outcome === "load-fails") {
      queueMicrotask(() =>
        (options.errorHandler as (error: unknown) => void)(
          "Error: Network error while fetching /documents/ocr/lang/vie.traineddata.gz. Response code: 404",
        ),
      );
    }
    return new Promise(() => {});
  };
  return { createWorker, spawned };
}

describe("startBrowserTesseract", () => {
  it("gives the ready worker, its web worker left running", async () => {
    workerGlobal.use();
    const { createWorker, spawned } = fakeCreateWorker("ready");
    expect(await startBrowserTesseract(createWorker, "vie", 1, {})).toBe(ready);
    expect(spawned.map((worker) => worker.terminated)).toEqual([false]);
  });

  it("when the language data fails to load: rejects with tesseract's reason and terminates its web worker", async () => {
    workerGlobal.use();
    const { createWorker, spawned } = fakeCreateWorker("load-fails");
    await expect(
      startBrowserTesseract(createWorker, "vie", 1, { langPath: "/documents/ocr/lang" }),
    ).rejects.toThrow(
      "Error: Network error while fetching /documents/ocr/lang/vie.traineddata.gz. Response code: 404",
    );
    expect(spawned.map((worker) => worker.terminated)).toEqual([true]);
    expect(workerGlobal.current()).toBe(FakeWorker);
  });

  it("when tesseract never answers: the time limit's abort terminates its web worker", async () => {
    workerGlobal.use();
    const { createWorker, spawned } = fakeCreateWorker("silent");
    const limit = new AbortController();
    const started = startBrowserTesseract(createWorker, "vie", 1, {}, limit.signal);
    limit.abort(new Error("time limit"));
    await expect(started).rejects.toThrow("time limit");
    expect(spawned.map((worker) => worker.terminated)).toEqual([true]);
  });

  it("does not start when already stopped", async () => {
    workerGlobal.use();
    const { createWorker, spawned } = fakeCreateWorker("ready");
    await expect(startBrowserTesseract(createWorker, "vie", 1, {}, AbortSignal.abort())).rejects.toThrow();
    expect(spawned).toEqual([]);
  });
});
