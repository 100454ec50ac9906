import { describe, expect, it } from "vitest";
import { addTally, emptyTally, prf } from "./Tally";

describe("prf", () => {
  it("computes precision, recall and F1", () => {
    const p = prf({ tp: 9, fp: 1, fn: 0 });
    expect(p.precision).toBe(0.9);
    expect(p.recall).toBe(1);
    expect(p.f1).toBeCloseTo(18 / 19, 10);
  });

  it("gives 1 when nothing is expected and nothing extracted, 0 when nothing is found", () => {
    expect(prf(emptyTally())).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(prf({ tp: 0, fp: 0, fn: 4 })).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(prf({ tp: 0, fp: 3, fn: 0 })).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it("micro-averages by adding counts", () => {
    expect(addTally({ tp: 1, fp: 2, fn: 3 }, { tp: 4, fp: 5, fn: 6 })).toEqual({ tp: 5, fp: 7, fn: 9 });
  });
});
