import { describe, expect, it } from "vitest";
import { blockPlan002 } from "../_testing/blockPlan002";
import { draftPlan } from "../_testing/draftPlan";
import { quarterLoad } from "./quarterLoad";

describe("quarterLoad", () => {
  it("counts 002 V.1's five lettered tasks, not the block: a) ends 20/04/2024 (002:87), b)–e) take the block's year (002:81)", () => {
    const load = quarterLoad(blockPlan002());
    const all = ["a", "b", "c", "d", "e"].map((l) => `a-assignment-V.1.${l}`);
    const late = all.slice(1);
    expect(load.quarters.map((q) => [q.quarter, q.activities])).toEqual([
      ["2024Q1", [...all, "a-assignment-V.9"]],
      ["2024Q2", [...all, "a-assignment-V.9"]],
      ["2024Q3", [...late, "a-assignment-V.9"]],
      ["2024Q4", [...late, "a-assignment-V.9"]],
    ]);
    // b) 12 articles a year (002:89) gives 3 a quarter, c) 1 a quarter (002:91): 4 in every quarter.
    expect(load.quarters.map((q) => q.expectedOutputs)).toEqual([4, 4, 4, 4]);
    expect(load).toMatchObject({ unscheduled: [], outsidePeriod: [] });
  });

  it("puts the whole block in four months when the deadline sits on the block (the 1.0 error the issue names)", () => {
    const plan = blockPlan002();
    const [block] = plan.activities;
    if (!block) throw new Error("no block");
    const { subtasks: _subtasks, ...rest } = block;
    plan.activities = [{ ...rest, timeframe: block.subtasks?.[0]?.timeframe }];
    expect(quarterLoad(plan).quarters.map((q) => q.activities)).toEqual([
      ["a-assignment-V.1"],
      ["a-assignment-V.1"],
      [],
      [],
    ]);
  });

  it("has 16 quarters for a plan of 2022–2025 (000:31 'Kế hoạch tuyên truyền CCHC giai đoạn 2022 - 2025')", () => {
    const plan = blockPlan002();
    plan.period = { start: "2022", end: "2025" };
    plan.activities = plan.activities.slice(1).map((a) => ({
      ...a,
      timeframe: { kind: "years", start: 2022, end: 2025, raw: "giai đoạn 2022 - 2025" },
    }));
    const load = quarterLoad(plan);
    expect(load.quarters.map((q) => q.quarter)).toEqual(
      [2022, 2023, 2024, 2025].flatMap((y) => [1, 2, 3, 4].map((q) => `${y}Q${q}`)),
    );
    expect(load.quarters.every((q) => q.activities.join() === "a-assignment-V.9")).toBe(true);
  });

  it("places none of a draft's tasks when it has no period: no quarter is guessed, every task listed as without a period", () => {
    const load = quarterLoad(draftPlan());
    expect(load).toEqual({
      quarters: [],
      unscheduled: [],
      outsidePeriod: [],
      withoutPeriod: [...["a", "b", "c", "d", "e"].map((l) => `a-assignment-V.1.${l}`), "a-assignment-V.9"],
    });
    expect(quarterLoad(blockPlan002()).withoutPeriod).toEqual([]);
  });
});
