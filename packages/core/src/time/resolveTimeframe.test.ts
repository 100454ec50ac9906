import { describe, expect, it } from "vitest";
import { seedPhrase } from "../_testing/seedLines";
import type { PlanPeriod } from "../model/PeriodId";
import type { Timeframe } from "../model/Timeframe";
import { resolveTimeframe } from "./resolveTimeframe";

const y2024: PlanPeriod = { start: "2024", end: "2024" };
const local = (y: number, m: number, d: number) => new Date(y, m - 1, d);
const endOf = (y: number, m: number, d: number) => new Date(y, m - 1, d, 23, 59, 59, 999);

describe("resolveTimeframe", () => {
  it("000:79 'Thường xuyên trong năm' covers the plan's year", () => {
    expect(resolveTimeframe({ kind: "continuous" }, y2024)).toEqual({
      start: local(2024, 1, 1),
      end: endOf(2024, 12, 31),
    });
  });
  it("000:91 'Quý I/2024' covers January to March", () => {
    expect(resolveTimeframe({ kind: "quarters", year: 2024, quarters: [1] }, y2024)).toEqual({
      start: local(2024, 1, 1),
      end: endOf(2024, 3, 31),
    });
  });
  it("000:97 'Trong Quý II, III năm 2024' covers April to September", () => {
    expect(resolveTimeframe({ kind: "quarters", year: 2024, quarters: [2, 3] }, y2024)).toEqual({
      start: local(2024, 4, 1),
      end: endOf(2024, 9, 30),
    });
  });
  it("003:430 'Quý IV/2023' keeps its own interval, outside a 2024 plan, and clips to nothing", () => {
    const tf: Timeframe = { kind: "quarters", year: 2023, quarters: [4] };
    expect(resolveTimeframe(tf, y2024)).toEqual({ start: local(2023, 10, 1), end: endOf(2023, 12, 31) });
    expect(resolveTimeframe(tf, y2024, { clip: true })).toBeUndefined();
  });
  it("002:87 'Chậm nhất ngày 20/04/2024' runs from the period's start to the deadline, inclusive", () => {
    expect(
      resolveTimeframe({ kind: "deadline", by: { year: 2024, month: 4, day: 20 }, exclusive: false }, y2024),
    ).toEqual({ start: local(2024, 1, 1), end: endOf(2024, 4, 20) });
  });
  it("002:81 'Trong năm 2024 và hoàn thành … trước tháng 11 năm 2024' ends on 31 October", () => {
    expect(
      resolveTimeframe(
        {
          kind: "compound",
          parts: [
            { kind: "year", year: 2024 },
            { kind: "deadline", by: { year: 2024, month: 11 }, exclusive: true },
          ],
        },
        y2024,
      ),
    ).toEqual({ start: local(2024, 1, 1), end: endOf(2024, 10, 31) });
  });
  it("002:113 'nhân ngày Chuyển đổi số quốc gia 10-10' is 10 October of the plan year", () => {
    expect(resolveTimeframe({ kind: "yearlyDate", month: 10, day: 10 }, y2024)).toEqual({
      start: local(2024, 10, 10),
      end: endOf(2024, 10, 10),
    });
  });
  it("a yearly date over a multi-year period spans its first to last occurrence", () => {
    expect(
      resolveTimeframe({ kind: "yearlyDate", month: 10, day: 10 }, { start: "2022", end: "2025" }),
    ).toEqual({
      start: local(2022, 10, 10),
      end: endOf(2025, 10, 10),
    });
  });
  it("000:95 'khi có hướng dẫn của cấp trên' has no date", () => {
    expect(
      resolveTimeframe({ kind: "trigger", condition: "khi có hướng dẫn của cấp trên" }, y2024),
    ).toBeUndefined();
  });
  it("001:162 'Thường xuyên (thực hiện khi có sự thay đổi về TTHC)' covers the year", () => {
    expect(
      resolveTimeframe(
        {
          kind: "compound",
          parts: [
            { kind: "continuous" },
            { kind: "trigger", condition: "thực hiện khi có sự thay đổi về TTHC" },
          ],
        },
        y2024,
      ),
    ).toEqual({ start: local(2024, 1, 1), end: endOf(2024, 12, 31) });
  });
  it("resolves halves, months and date ranges with blank days", () => {
    expect(resolveTimeframe({ kind: "halves", year: 2024, halves: [1] }, y2024)).toEqual({
      start: local(2024, 1, 1),
      end: endOf(2024, 6, 30),
    });
    expect(resolveTimeframe({ kind: "months", year: 2024, months: [3, 4] }, y2024)).toEqual({
      start: local(2024, 3, 1),
      end: endOf(2024, 4, 30),
    });
    expect(
      resolveTimeframe(
        { kind: "dateRange", start: { year: 2024, month: 3, day: 1 }, end: { year: 2024, month: 4 } },
        y2024,
      ),
    ).toEqual({ start: local(2024, 3, 1), end: endOf(2024, 4, 30) });
  });
  it("a deadline before the period starts covers only the deadline's own day", () => {
    expect(
      resolveTimeframe({ kind: "deadline", by: { year: 2023, month: 12, day: 20 }, exclusive: false }, y2024),
    ).toEqual({ start: local(2023, 12, 20), end: endOf(2023, 12, 20) });
  });
  it("000:31 'giai đoạn 2022 - 2025' covers 1 January 2022 to 31 December 2025, and clips to a 2024 plan", () => {
    const tf: Timeframe = {
      kind: "years",
      start: 2022,
      end: 2025,
      raw: seedPhrase("000", 31, "giai đoạn 2022 - 2025"),
    };
    expect(resolveTimeframe(tf, y2024)).toEqual({ start: local(2022, 1, 1), end: endOf(2025, 12, 31) });
    expect(resolveTimeframe(tf, y2024, { clip: true })).toEqual({
      start: local(2024, 1, 1),
      end: endOf(2024, 12, 31),
    });
  });
  it("000:51 '… giai đoạn 2022-2025, tầm nhìn đến năm 2030': the horizon is not part of the interval", () => {
    const tf: Timeframe = { kind: "years", start: 2022, end: 2025, horizon: 2030 };
    expect(resolveTimeframe(tf, { start: "2022", end: "2025" })?.end).toEqual(endOf(2025, 12, 31));
  });
  it("gives no date for a run whose end is before its start (a mistake, not a span)", () => {
    expect(resolveTimeframe({ kind: "years", start: 2025, end: 2022 }, y2024)).toBeUndefined();
  });
  it("a continuous timeframe covers a plan of several years whole", () => {
    expect(resolveTimeframe({ kind: "continuous" }, { start: "2022", end: "2025" })).toEqual({
      start: local(2022, 1, 1),
      end: endOf(2025, 12, 31),
    });
  });
});
