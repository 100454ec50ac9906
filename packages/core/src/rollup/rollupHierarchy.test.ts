import { describe, expect, it } from "vitest";
import { blockPlan002 } from "../_testing/blockPlan002";
import { centralPlan } from "../_testing/centralPlan";
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
});
