import { describe, expect, it } from "vitest";
import { minimalPlan } from "../validate/_lib/minimalPlan";
import { planEra, planLevel } from "./planTier";

describe("planLevel and planEra", () => {
  it("read the unit of a local plan (xã Gia Tân, 003:1-6)", () => {
    expect([planLevel(minimalPlan()), planEra(minimalPlan())]).toEqual(["commune", "three-tier"]);
  });

  it("read a central plan by its issuer's level and the era in force when its period starts", () => {
    const { unit: _unit, ...central } = minimalPlan();
    const plan = { ...central, issuer: { body: "ministry" as const, level: "central" as const } };
    expect([planLevel(plan), planEra(plan)]).toEqual(["central", "three-tier"]);
    expect(planEra({ ...plan, period: { start: "2026", end: "2026" } })).toBe("two-tier");
  });
});
