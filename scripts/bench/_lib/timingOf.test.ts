import { describe, expect, it } from "vitest";
import { timingOf } from "./timingOf";

describe("timingOf", () => {
  it("takes the min and the median of odd and even counts", () => {
    expect(timingOf([30, 10, 20])).toEqual({ n: 3, minMs: 10, medianMs: 20 });
    expect(timingOf([40, 10, 20, 30])).toEqual({ n: 4, minMs: 10, medianMs: 25 });
  });
  it("refuses an empty list", () => {
    expect(() => timingOf([])).toThrow(RangeError);
  });
});
