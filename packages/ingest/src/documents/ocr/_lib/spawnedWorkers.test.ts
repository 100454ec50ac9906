import { describe, expect, it } from "vitest";
import { FakeWorker, globalWorker } from "../../../_testing/fakeWorker";
import { spawnedWorkers } from "./spawnedWorkers";

const workerGlobal = globalWorker();

describe("spawnedWorkers", () => {
  it("hands back the workers made during the call, and puts the global Worker back", () => {
    workerGlobal.use();
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
    expect(workerGlobal.current()).toBe(FakeWorker);
    // a worker made after the call is not recorded
    new Worker("later.js");
    expect(workers).toHaveLength(2);
  });

  it("puts the global Worker back when the call throws", () => {
    workerGlobal.use();
    expect(() =>
      spawnedWorkers(() => {
        throw new Error("bad options");
      }),
    ).toThrow("bad options");
    expect(workerGlobal.current()).toBe(FakeWorker);
  });

  it("without a global Worker (Node), runs the call and records none", () => {
    workerGlobal.remove();
    expect(spawnedWorkers(() => 42)).toEqual({ result: 42, workers: [] });
  });
});
