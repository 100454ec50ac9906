import { describe, expect, it } from "vitest";
import { blockPlan002 } from "../_testing/blockPlan002";
import { centralPlan } from "../_testing/centralPlan";
import { draftPlan } from "../_testing/draftPlan";
import { rollupHierarchy } from "./rollupHierarchy";

describe("rollupHierarchy", () => {
  it("counts 002's tasks, V.1 as its five sub-tasks and not as a block: 6 tasks", () => {
    const { nodes } = rollupHierarchy([blockPlan002()]);
    expect(nodes.map((n) => [n.id, n.own.activities])).toEqual([["tinh:tay ninh", 6]]);
    // b) 12 articles a year and c) 4 (one a quarter): the block itself adds nothing.
    expect(nodes[0]?.own.expectedOutputs).toBe(16);
  });

  it("places a central plan (no unit) at a root of its own, 'central', never dropped and never above a province", () => {
    const { roots, nodes } = rollupHierarchy([blockPlan002(), centralPlan()]);
    expect(roots).toEqual(["central", "tinh:tay ninh"]);
    expect(nodes.map((n) => [n.id, n.label, n.level, n.parent, n.planIds])).toEqual([
      ["central", "trung ương", "central", undefined, ["bnv-2024"]],
      ["tinh:tay ninh", "tỉnh Tây Ninh", "province", undefined, ["002-tay-ninh-2024"]],
    ]);
  });

  it("places a plan with no unit whose issuer is not central at '(none)', with no level", () => {
    const plan = { ...centralPlan(), issuer: { body: "department", level: "province" } } as const;
    expect(rollupHierarchy([plan]).nodes.map((n) => [n.id, n.level, n.own.plans])).toEqual([
      ["(none)", undefined, 1],
    ]);
  });

  it("places a draft with no unit and no tier at the root '(none)', counts its tasks, and lists it as without a period", () => {
    const { roots, nodes, withoutPeriod } = rollupHierarchy([blockPlan002(), draftPlan()]);
    expect(roots).toEqual(["(none)", "tinh:tay ninh"]);
    expect(nodes.map((n) => [n.id, n.level, n.planIds, n.own.activities, n.own.expectedOutputs])).toEqual([
      ["(none)", undefined, ["draft-ubnd"], 6, 0],
      ["tinh:tay ninh", "province", ["002-tay-ninh-2024"], 6, 16],
    ]);
    // With no period the draft has no length in years: its 16 outputs a year are not counted, and it says so.
    expect(withoutPeriod).toEqual(["draft-ubnd"]);
    expect(rollupHierarchy([blockPlan002()]).withoutPeriod).toEqual([]);
  });
});
