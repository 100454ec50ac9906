import { type Plan, planTasks, quarterLoad } from "@parcomms/core";
import { plan000, plan001, plan002, plan003, plan004 } from "@parcomms/sample-data";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

describe("quarterLoad", () => {
  it("000:79-127: Quý I (000:91) in Q1 only, Quý II, III (000:97) in Q2-Q3, 'Thường xuyên' and 'Trong năm' in all", () => {
    // III.1, III.2, III.7, III.8, III.9 "Thường xuyên trong năm"; III.5, III.6 and V.3 "Trong năm 2024"
    // (000:103, 000:109, 000:143): all four quarters. III.3 "Quý I/2024": Q1. III.4 "Trong Quý II, III": Q2, Q3.
    // V.1, V.4, the three tasks of V.2 (000:137-141) and of V.5 (000:147-151) give no time and no rate:
    // unscheduled. No rate anywhere: 0 outputs.
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
      unscheduled: ["V.1", "V.2.0", "V.2.1", "V.2.2", "V.4", "V.5.0", "V.5.1", "V.5.2"].map(
        (ref) => `a-assignment-${ref}`,
      ),
      outsidePeriod: [],
      withoutPeriod: [],
    });
  });

  it("001:154-165: 'Mỗi tuần/1 lần' (001:156) gives 13 a quarter; the pano of Quý I/2024 (001:164-165) only Q1", () => {
    // 2024 has 52 ISO weeks whose Thursday falls in 2024, 13 in each quarter (Thursdays 4 Jan-28 Mar,
    // 4 Apr-27 Jun, 4 Jul-26 Sep, 3 Oct-26 Dec). Row 7 (001:162) "Thường xuyên (thực hiện khi có sự
    // thay đổi về TTHC)" is continuous and a trigger at once: its continuous part places the first of its
    // two tasks (7.1) in every quarter; its second (7.2) takes the row's "Thường xuyên".
    // IV.5 has two tasks: the clips (001:121), "thường xuyên", in every quarter, and the replacement of the
    // slogans (001:123), dated Quý I/2024 by appendix row 10 (001:165): Q1 only (1.0 put it in every quarter).
    // The tasks of IV.1 (001:101-107) and IV.2 (001:111-113), IV.3 and IV.6 give no time: unscheduled.
    const rows = (...n: (number | string)[]) => n.map((i) => `a-appendix-row-${i}`);
    const a = (...refs: string[]) => refs.map((ref) => `a-assignment-IV.${ref}`);
    const every = [...a("4", "5.1", "7"), ...rows(1, 2, 3, 4, 5, 6, "7.1", "7.2", 8)];
    expect(quarterLoad(plan001)).toEqual({
      quarters: [
        {
          quarter: "2024Q1",
          activities: [...a("4", "5.1", "5.2", "7"), ...rows(1, 2, 3, 4, 5, 6, "7.1", "7.2", 8, 9, 10)],
          expectedOutputs: 13,
        },
        { quarter: "2024Q2", activities: every, expectedOutputs: 13 },
        { quarter: "2024Q3", activities: every, expectedOutputs: 13 },
        { quarter: "2024Q4", activities: every, expectedOutputs: 13 },
      ],
      unscheduled: a("1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "3", "6"),
      outsidePeriod: [],
      withoutPeriod: [],
    });
  });

  it("002:85-139: quotas a quarter at a time; the deadline of 20/04/2024 (002:87) keeps V.1 a) alone in Q1-Q2", () => {
    // V.1 a), the sub-plan "Chậm nhất ngày 20/04/2024" (002:87): Q1-Q2, no rate. V.1 b) 12 a year (002:89):
    // 3 a quarter, all year; V.1 c) 1 a quarter (002:91). V.5 "Thường xuyên" (002:119): all quarters, no
    // rate. V.6, V.7 "Hàng quý … ít nhất 01 tin/bài" (002:123, 002:127): 1 a quarter. V.8 a) "01 lần/1
    // tháng" (002:131): 3 a quarter. V.4 a) "nhân ngày Chuyển đổi số quốc gia 10-10" (002:113): Q4.
    // Every quarter 3 + 1 + 1 + 1 + 3 = 9. In 1.0 the block V.1 carried the deadline and both quotas, so
    // its 12 articles a year fell in Q1-Q2 alone (Q1 = Q2 = 8, Q3 = Q4 = 5).
    const a = (...refs: string[]) => refs.map((ref) => `a-assignment-V.${ref}`);
    const rated = a("1.b", "1.c", "5", "6", "7", "8.a");
    expect(quarterLoad(plan002)).toEqual({
      quarters: [
        { quarter: "2024Q1", activities: [...a("1.a"), ...rated], expectedOutputs: 9 },
        { quarter: "2024Q2", activities: [...a("1.a"), ...rated], expectedOutputs: 9 },
        { quarter: "2024Q3", activities: rated, expectedOutputs: 9 },
        { quarter: "2024Q4", activities: a("1.b", "1.c", "4.a", "5", "6", "7", "8.a"), expectedOutputs: 9 },
      ],
      // the tasks of V.2 and V.3 (002:99-109), V.4 b) and c) (002:114-115), V.8 b) and c) (002:133-135):
      // no time of their own, and the 10-10 date and the monthly rate are a)'s only
      unscheduled: a(
        "1.d",
        "1.e",
        "2.a",
        "2.b",
        "2.c",
        "2.d",
        "3.a",
        "3.b",
        "3.c",
        "3.d",
        "4.b",
        "4.c",
        "8.b",
        "8.c",
        "9",
      ),
      outsidePeriod: [],
      withoutPeriod: [],
    });
  });

  it("003:293-430: the radio column 'Mỗi tháng 01 kỳ' (003:374) gives 3 a quarter; 'Quý IV/2023' (003:430) is outside", () => {
    // Appendix rows 1, 2 "Thường xuyên trong năm" and 4, 6 "Trong năm 2024": all quarters; row 3
    // "Quý I/2024" (003:348): Q1; row 7 "Quý IV/2024" (003:409): Q4; row 5 has only its monthly rate,
    // so it runs through the year. Row 8 is dated Quý IV/2023, outside the 2024 plan. The nine assignments
    // of section VI (003:176-265), their 18 tasks, give no time or rate: unscheduled.
    const row = (...n: number[]) => n.map((i) => `a-appendix-${i}`);
    expect(quarterLoad(plan003)).toEqual({
      quarters: [
        { quarter: "2024Q1", activities: row(1, 2, 3, 4, 5, 6), expectedOutputs: 3 },
        { quarter: "2024Q2", activities: row(1, 2, 4, 5, 6), expectedOutputs: 3 },
        { quarter: "2024Q3", activities: row(1, 2, 4, 5, 6), expectedOutputs: 3 },
        { quarter: "2024Q4", activities: row(1, 2, 4, 5, 6, 7), expectedOutputs: 3 },
      ],
      unscheduled: [
        ...["1.1", "1.2", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "4.1", "4.2", "5", "6", "7"],
        ...["8.1", "8.2", "8.3", "8.4", "9"],
      ].map((ref) => `a-assignment-VI.${ref}`),
      outsidePeriod: row(8),
      withoutPeriod: [],
    });
  });

  it("004:112-154: a 2025 plan's quarters are 2025Q1-Q4; both 10-10 events (004:120, 004:148) fall in Q4", () => {
    // IV.1: the standing office's ongoing duties (004:114-128) are continuous, all four quarters; its
    // 10-10 events bullet (004:120) alone is Q4. IV.4: the 10-10 events bullet (004:148) is Q4, the radio
    // and web bullet (004:146) has no date. In 1.0 the whole of IV.1 and IV.4 sat in Q4 and Q1-Q3 were empty.
    const a = (...refs: string[]) => refs.map((ref) => `a-assignment-IV.${ref}`);
    const duties = a("1.1", "1.2", "1.4", "1.5", "1.6", "1.7");
    expect(quarterLoad(plan004)).toEqual({
      quarters: [
        { quarter: "2025Q1", activities: duties, expectedOutputs: 0 },
        { quarter: "2025Q2", activities: duties, expectedOutputs: 0 },
        { quarter: "2025Q3", activities: duties, expectedOutputs: 0 },
        {
          quarter: "2025Q4",
          activities: a("1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "4.2"),
          expectedOutputs: 0,
        },
      ],
      unscheduled: a("2.1", "2.2", "2.3", "3.1", "3.2", "4.1", "5"),
      outsidePeriod: [],
      withoutPeriod: [],
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

  it("places every task of the five plans (planTasks: sub-tasks in place of their block) in a quarter, unscheduled or outside, never nowhere", () => {
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
          expect([...placed].sort()).toEqual(
            planTasks({ activities })
              .map((t) => t.id)
              .sort(),
          );
        },
      ),
    );
  });
});
