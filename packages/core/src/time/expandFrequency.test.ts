import { describe, expect, it } from "vitest";
import { expandFrequency } from "./expandFrequency";
import { periodInterval } from "./periodInterval";

const weekly = { kind: "frequency", count: 1, per: "week", interval: 1 } as const;

describe("expandFrequency", () => {
  it("001:156 'Mỗi tuần/1 lần' through 2024 gives 52 weeks, each in the month holding four or more of its days", () => {
    const slots = expandFrequency(weekly, periodInterval("2024"));
    expect(slots).toHaveLength(52);
    // 2024-01-01 is a Monday: week 1 is wholly in January; 2024-12-30 starts a week whose Thursday is in 2025.
    expect(slots[0]?.start).toEqual(new Date(2024, 0, 1));
    expect(slots.at(-1)?.start).toEqual(new Date(2024, 11, 23));
    // Week of Mon 29 Jan – Sun 4 Feb: three days in January, four in February, so it counts for February.
    expect(slots.find((s) => s.start.getTime() === new Date(2024, 0, 29).getTime())?.month).toBe("2024-02");
    // Months with five Thursdays in 2024 (Feb, May, Aug, Oct) get five weeks.
    const perMonth = Object.fromEntries(
      [...new Set(slots.map((s) => s.month))].map((m) => [m, slots.filter((s) => s.month === m).length]),
    );
    expect(perMonth).toEqual({
      "2024-01": 4,
      "2024-02": 5,
      "2024-03": 4,
      "2024-04": 4,
      "2024-05": 5,
      "2024-06": 4,
      "2024-07": 4,
      "2024-08": 5,
      "2024-09": 4,
      "2024-10": 5,
      "2024-11": 4,
      "2024-12": 4,
    });
  });
  it("003:374 'Mỗi tháng 01 kỳ' through 2024 gives 12 monthly slots, three a quarter", () => {
    const slots = expandFrequency(
      { kind: "frequency", count: 1, per: "month", interval: 1, output: "issue" },
      periodInterval("2024"),
    );
    expect(slots.map((s) => s.month)).toEqual([
      "2024-01",
      "2024-02",
      "2024-03",
      "2024-04",
      "2024-05",
      "2024-06",
      "2024-07",
      "2024-08",
      "2024-09",
      "2024-10",
      "2024-11",
      "2024-12",
    ]);
    expect(slots.filter((s) => s.quarter === "2024Q4")).toHaveLength(3);
  });
  it("002:131 '01 lần/1 tháng' within Quý II gives 3 slots", () => {
    expect(
      expandFrequency({ kind: "frequency", count: 1, per: "month", interval: 1 }, periodInterval("2024Q2")),
    ).toHaveLength(3);
  });
  it("keeps every other slot for an interval of 2 and carries the count", () => {
    const slots = expandFrequency(
      { kind: "frequency", count: 2, per: "month", interval: 2 },
      periodInterval("2024"),
    );
    expect(slots.map((s) => s.month)).toEqual([
      "2024-01",
      "2024-03",
      "2024-05",
      "2024-07",
      "2024-09",
      "2024-11",
    ]);
    expect(slots.every((s) => s.count === 2)).toBe(true);
  });
  it("gives quarterly, half-yearly and yearly slots", () => {
    const year = periodInterval("2024");
    expect(
      expandFrequency({ kind: "frequency", count: 1, per: "quarter", interval: 1 }, year).map(
        (s) => s.quarter,
      ),
    ).toEqual(["2024Q1", "2024Q2", "2024Q3", "2024Q4"]);
    expect(
      expandFrequency({ kind: "frequency", count: 1, per: "half-year", interval: 1 }, year),
    ).toHaveLength(2);
    expect(expandFrequency({ kind: "frequency", count: 1, per: "year", interval: 1 }, year)).toHaveLength(1);
    expect(expandFrequency({ kind: "frequency", count: 1, per: "day", interval: 1 }, year)).toHaveLength(366);
  });
});
