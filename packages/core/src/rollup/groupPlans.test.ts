import { describe, expect, it } from "vitest";
import { blockPlan002 } from "../_testing/blockPlan002";
import { centralPlan } from "../_testing/centralPlan";
import { draftPlan } from "../_testing/draftPlan";
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

  it("groups a draft with no unit and no tier (issuer 'Ủy ban nhân dân', its level unread) under '(none)' by every key, last", () => {
    const plans = [draftPlan(), blockPlan002(), draftPlan({ issuer: false }), centralPlan()];
    const keys = (by: Parameters<typeof groupPlans>[1]) =>
      groupPlans(plans, by).map((g) => [g.key, g.label, g.plans.length]);
    expect(keys("level")).toEqual([
      ["central", "central", 1],
      ["province", "province", 1],
      ["(none)", "(none)", 2],
    ]);
    expect(keys("unit")).toEqual([
      ["central", "trung ương", 1],
      ["tinh:tay ninh", "tỉnh Tây Ninh", 1],
      ["(none)", "(none)", 2],
    ]);
    expect(keys("era")).toEqual([
      ["three-tier", "three-tier", 1],
      ["(none)", "(none)", 3],
    ]);
  });
});
