import { describe, expect, it } from "vitest";
import { minimalPlan } from "../validate/_lib/minimalPlan";
import type { Plan } from "./Plan";
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

  it("say nothing of a draft whose header gives no unit, no tier and no period (ỦY BAN NHÂN DÂN over an unreadable unit)", () => {
    const { unit: _unit, period: _period, ...draft } = minimalPlan();
    const plan: Plan = { ...draft, issuer: { body: "people-committee" } };
    expect([planLevel(plan), planEra(plan)]).toEqual([undefined, undefined]);
    // A period alone still dates the era; an issuer's level alone still gives the tier.
    expect(planEra({ ...plan, period: { start: "2025", end: "2025" } })).toBe("three-tier");
    expect(planLevel({ issuer: { body: "department", level: "province" } })).toBe("province");
    expect(planLevel({})).toBeUndefined();
  });
});
