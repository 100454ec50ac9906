import { describe, expect, it } from "vitest";
import { periodInterval } from "./periodInterval";

const local = (y: number, m: number, d: number, h = 0, min = 0, s = 0, ms = 0) =>
  new Date(y, m - 1, d, h, min, s, ms);

describe("periodInterval", () => {
  it("covers a whole year for '2024' (the period of every 2024 seed plan)", () => {
    expect(periodInterval("2024")).toEqual({
      start: local(2024, 1, 1),
      end: local(2024, 12, 31, 23, 59, 59, 999),
    });
  });
  it("covers quarters, halves and months", () => {
    expect(periodInterval("2024Q2")).toEqual({
      start: local(2024, 4, 1),
      end: local(2024, 6, 30, 23, 59, 59, 999),
    });
    expect(periodInterval("2024S2")).toEqual({
      start: local(2024, 7, 1),
      end: local(2024, 12, 31, 23, 59, 59, 999),
    });
    expect(periodInterval("2024-02")).toEqual({
      start: local(2024, 2, 1),
      end: local(2024, 2, 29, 23, 59, 59, 999),
    });
  });
  it("spans a multi-year plan period ('giai đoạn 2022 - 2025', 000:31)", () => {
    expect(periodInterval({ start: "2022", end: "2025" })).toEqual({
      start: local(2022, 1, 1),
      end: local(2025, 12, 31, 23, 59, 59, 999),
    });
  });
  it("rejects a malformed id with a RangeError", () => {
    expect(() => periodInterval("2024Q5")).toThrow(RangeError);
  });
});
