import { describe, expect, it } from "vitest";
import { blockPlan002 } from "../_testing/blockPlan002";
import { centralPlan } from "../_testing/centralPlan";
import { groupPlans } from "./groupPlans";

describe("groupPlans", () => {
  it("groups it under 'central' by level and by unit, under '(none)' by province and era", () => {
    const plans = [blockPlan002(), centralPlan()];
    const keys = (by: Parameters<typeof groupPlans>[1]) =>
      groupPlans(plans, by).map((g) => [g.key, g.plans.map((p) => p.id)]);
    expect(keys("level")).toEqual([
      ["central", ["bnv-2024"]],
      ["province", ["002-tay-ninh-2024"]],
    ]);
    expect(keys("unit")).toEqual([
      ["central", ["bnv-2024"]],
      ["tinh:tay ninh", ["002-tay-ninh-2024"]],
    ]);
    expect(keys("province")).toEqual([
      ["tinh:tay ninh", ["002-tay-ninh-2024"]],
      ["(none)", ["bnv-2024"]],
    ]);
    expect(keys("era")).toEqual([
      ["three-tier", ["002-tay-ninh-2024"]],
      ["(none)", ["bnv-2024"]],
    ]);
  });
});
