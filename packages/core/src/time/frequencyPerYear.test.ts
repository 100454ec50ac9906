import { describe, expect, it } from "vitest";
import { frequencyPerYear } from "./frequencyPerYear";

describe("frequencyPerYear", () => {
  it("001:156 'Mỗi tuần/1 lần' is 52 a year", () => {
    expect(frequencyPerYear({ kind: "frequency", count: 1, per: "week", interval: 1 })).toBe(52);
  });
  it("002:91 'Hàng quý … ít nhất 01 tin/bài' promises 4 articles a year", () => {
    expect(
      frequencyPerYear({ kind: "quota", comparator: "atLeast", count: 1, output: "article", per: "quarter" }),
    ).toBe(4);
  });
  it("002:89 'tối thiểu 12 tin/bài trong năm' promises 12", () => {
    expect(
      frequencyPerYear({ kind: "quota", comparator: "atLeast", count: 12, output: "article", per: "year" }),
    ).toBe(12);
  });
  it("divides by the interval: every other month is 6 a year", () => {
    expect(frequencyPerYear({ kind: "frequency", count: 1, per: "month", interval: 2 })).toBe(6);
  });

  it("is 0, never Infinity or NaN, for a rate its schema refuses", () => {
    const week = { kind: "frequency", count: 1, per: "week" } as const;
    for (const interval of [0, -2, 0.5, Number.NaN, Number.POSITIVE_INFINITY])
      expect(frequencyPerYear({ ...week, interval })).toBe(0);
    expect(frequencyPerYear({ ...week, interval: 1, count: Number.NaN })).toBe(0);
    expect(frequencyPerYear({ ...week, interval: 1, count: -1 })).toBe(0);
    expect(frequencyPerYear({ ...week, interval: 1, per: "fortnight" as "week" })).toBe(0);
    expect(frequencyPerYear({ ...week, interval: 1, per: "__proto__" as "week" })).toBe(0);
  });
});
