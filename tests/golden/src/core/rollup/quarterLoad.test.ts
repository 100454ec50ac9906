import { type Plan, quarterLoad } from "@parcomms/core";
import { plan000, plan001, plan002, plan003, plan004 } from "@parcomms/sample-data";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

describe("quarterLoad", () => {
  it("000:79-127: Quý I (000:91) in Q1 only, Quý II, III (000:97) in Q2-Q3, 'Thường xuyên' and 'Trong năm' in all", () => {
    // III.1, III.2, III.7, III.8, III.9 "Thường xuyên trong năm"; III.5, III.6 and V.3 "Trong năm 2024"
    // (000:103, 000:109, 000:143): all four quarters. III.3 "Quý I/2024": Q1. III.4 "Trong Quý II, III": Q2, Q3.
    // V.1, V.2, V.4 and V.5 (000:135-151) give no time and no rate: unscheduled. No rate anywhere: 0 outputs.
    const f = (...n: number[]) => n.map((i) => `a-forms-item-III.${i}`);
    expect(quarterLoad(plan000)).toEqual({
      quarters: [
        {
          quarter: "2024Q1",
          activities: [...f(1, 2, 3, 5, 6, 7, 8, 9), "a-assignment-V.3"],
          expectedOutputs: 0,
        },
        {
          quarter: "2024Q2",
          activities: [...f(1, 2, 4, 5, 6, 7, 8, 9), "a-assignment-V.3"],
          expectedOutputs: 0,
        },
        {
          quarter: "2024Q3",
          activities: [...f(1, 2, 4, 5, 6, 7, 8, 9), "a-assignment-V.3"],
          expectedOutputs: 0,
        },
        {
          quarter: "2024Q4",
          activities: [...f(1, 2, 5, 6, 7, 8, 9), "a-assignment-V.3"],
          expectedOutputs: 0,
        },
      ],
      unscheduled: ["a-assignment-V.1", "a-assignment-V.2", "a-assignment-V.4", "a-assignment-V.5"],
      outsidePeriod: [],
    });
  });

  it("001:154-165: 'Mỗi tuần/1 lần' (001:156) gives 13 a quarter; the pano of Quý I/2024 (001:164-165) only Q1", () => {
    // 2024 has 52 ISO weeks whose Thursday falls in 2024, 13 in each quarter (Thursdays 4 Jan-28 Mar,
    // 4 Apr-27 Jun, 4 Jul-26 Sep, 3 Oct-26 Dec). Row 7 (001:162) "Thường xuyên (thực hiện khi có sự
    // thay đổi về TTHC)" is continuous and a trigger at once: its continuous part places it in every quarter.
    // Assignments IV.1, IV.2, IV.3, IV.6 (001:99-127) give no time: unscheduled.
    const rows = (...n: number[]) => n.map((i) => `a-appendix-row-${i}`);
    const every = [
      "a-assignment-IV.4",
      "a-assignment-IV.5",
      "a-assignment-IV.7",
      ...rows(1, 2, 3, 4, 5, 6, 7, 8),
    ];
    expect(quarterLoad(plan001)).toEqual({
      quarters: [
        { quarter: "2024Q1", activities: [...every, ...rows(9, 10)], expectedOutputs: 13 },
        { quarter: "2024Q2", activities: every, expectedOutputs: 13 },
        { quarter: "2024Q3", activities: every, expectedOutputs: 13 },
        { quarter: "2024Q4", activities: every, expectedOutputs: 13 },
      ],
      unscheduled: ["a-assignment-IV.1", "a-assignment-IV.2", "a-assignment-IV.3", "a-assignment-IV.6"],
      outsidePeriod: [],
    });
  });

  it("002:85-139: quotas a quarter at a time; V.1's deadline of 20/04/2024 (002:87) keeps it in Q1-Q2", () => {
    // V.1: quotas 12 a year (002:89) and 1 a quarter (002:91) → 12 a year → 3 a quarter, in Q1 and Q2.
    // V.5 "Thường xuyên" (002:119): all quarters, no rate. V.6, V.7 "Hàng quý … ít nhất 01 tin/bài"
    // (002:123, 002:127), no timeframe: 1 in every quarter. V.8 "01 lần/1 tháng" (002:131): 3 a quarter.
    // V.4 "nhân ngày Chuyển đổi số quốc gia 10-10" (002:113): Q4. Q1 = Q2 = 3 + 1 + 1 + 3 = 8; Q3 = Q4 = 5.
    const a = (...n: number[]) => n.map((i) => `a-assignment-V.${i}`);
    expect(quarterLoad(plan002)).toEqual({
      quarters: [
        { quarter: "2024Q1", activities: a(1, 5, 6, 7, 8), expectedOutputs: 8 },
        { quarter: "2024Q2", activities: a(1, 5, 6, 7, 8), expectedOutputs: 8 },
        { quarter: "2024Q3", activities: a(5, 6, 7, 8), expectedOutputs: 5 },
        { quarter: "2024Q4", activities: a(4, 5, 6, 7, 8), expectedOutputs: 5 },
      ],
      unscheduled: a(2, 3, 9),
      outsidePeriod: [],
    });
  });

  it("003:293-430: the radio column 'Mỗi tháng 01 kỳ' (003:374) gives 3 a quarter; 'Quý IV/2023' (003:430) is outside", () => {
    // Appendix rows 1, 2 "Thường xuyên trong năm" and 4, 6 "Trong năm 2024": all quarters; row 3
    // "Quý I/2024" (003:348): Q1; row 7 "Quý IV/2024" (003:409): Q4; row 5 has only its monthly rate,
    // so it runs through the year. Row 8 is dated Quý IV/2023, outside the 2024 plan. The nine assignments
    // of section VI (003:176-265) give no time or rate: unscheduled.
    const row = (...n: number[]) => n.map((i) => `a-appendix-${i}`);
    expect(quarterLoad(plan003)).toEqual({
      quarters: [
        { quarter: "2024Q1", activities: row(1, 2, 3, 4, 5, 6), expectedOutputs: 3 },
        { quarter: "2024Q2", activities: row(1, 2, 4, 5, 6), expectedOutputs: 3 },
        { quarter: "2024Q3", activities: row(1, 2, 4, 5, 6), expectedOutputs: 3 },
        { quarter: "2024Q4", activities: row(1, 2, 4, 5, 6, 7), expectedOutputs: 3 },
      ],
      unscheduled: [1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => `a-assignment-VI.${i}`),
      outsidePeriod: row(8),
    });
  });

  it("004:112-154: a 2025 plan's quarters are 2025Q1-Q4; both 10-10 events (004:120, 004:148) fall in Q4", () => {
    const a = (...n: number[]) => n.map((i) => `a-assignment-IV.${i}`);
    expect(quarterLoad(plan004)).toEqual({
      quarters: [
        { quarter: "2025Q1", activities: [], expectedOutputs: 0 },
        { quarter: "2025Q2", activities: [], expectedOutputs: 0 },
        { quarter: "2025Q3", activities: [], expectedOutputs: 0 },
        { quarter: "2025Q4", activities: a(1, 4), expectedOutputs: 0 },
      ],
      unscheduled: a(2, 3, 5),
      outsidePeriod: [],
    });
  });

  it("spreads a multi-year plan over all its quarters", () => {
    const plan = { ...plan003, period: { start: "2023", end: "2024" } };
    const load = quarterLoad(plan);
    expect(load.quarters.map((q) => q.quarter)).toEqual([
      "2023Q1",
      "2023Q2",
      "2023Q3",
      "2023Q4",
      "2024Q1",
      "2024Q2",
      "2024Q3",
      "2024Q4",
    ]);
    // Row 8 "Quý IV/2023" now falls inside the period, in 2023Q4.
    expect(load.outsidePeriod).toEqual([]);
    expect(load.quarters[3]?.activities).toContain("a-appendix-8");
  });

  it("places every activity of the five plans in a quarter, unscheduled or outside, never nowhere", () => {
    const plans: Plan[] = [plan000, plan001, plan002, plan003, plan004];
    fc.assert(
      fc.property(
        fc.constantFrom(...plans).chain((plan) => fc.tuple(fc.constant(plan), fc.subarray(plan.activities))),
        ([plan, activities]) => {
          const load = quarterLoad({ ...plan, activities });
          const placed = new Set([
            ...load.quarters.flatMap((q) => q.activities),
            ...load.unscheduled,
            ...load.outsidePeriod,
          ]);
          expect([...placed].sort()).toEqual(activities.map((a) => a.id).sort());
        },
      ),
    );
  });
});
