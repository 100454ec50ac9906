import { describe, expect, it } from "vitest";
import { blockPlan002 } from "../_testing/blockPlan002";
import { seedPhrase } from "../_testing/seedLines";
import type { Plan } from "../model/Plan";
import { childCompliance } from "./childCompliance";

/** 002 asks child plans for at least one article a quarter (002:91). */
function parent(): Plan {
  return {
    ...blockPlan002(),
    childPlanRequirements: {
      appliesTo: [],
      themes: [],
      channels: [],
      reporting: [],
      quotas: [
        {
          kind: "quota",
          comparator: "atLeast",
          count: 1,
          output: "article",
          per: "quarter",
          raw: seedPhrase("002", 91, "ít nhất 01 tin/bài"),
        },
      ],
    },
  };
}

describe("childCompliance", () => {
  it("finds the quota in sub-task c) of the child's block, not in the block (which states none)", () => {
    const result = childCompliance(blockPlan002(), parent());
    expect(result.quotas.map((q) => [q.status, q.evidence])).toEqual([["met", ["a-assignment-V.1.c"]]]);
  });

  it("does not count a task asked only of requested bodies (đề nghị, 002:137): the child cannot direct them", () => {
    const child = blockPlan002();
    const [block, front] = child.activities;
    if (!block || !front) throw new Error("fixture changed");
    const quotas = block.subtasks?.[2]?.quotas ?? [];
    child.activities = [
      { ...block, subtasks: block.subtasks?.slice(0, 2) ?? [] },
      { ...front, quotas },
    ];
    // Only b)'s 12 a year is left as a candidate, too coarse for one a quarter; V.9 is not one.
    expect(childCompliance(child, parent()).quotas.map((q) => [q.status, q.reasonCode, q.params])).toEqual([
      ["not-met", "quota.short", expect.objectContaining({ coarser: "a-assignment-V.1.b", fewer: "" })],
    ]);
  });
});
