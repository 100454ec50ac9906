import { describe, expect, it } from "vitest";
import type { Activity } from "../../model/Activity";
import { minimalPlan } from "../_lib/minimalPlan";
import { validatePlan } from "../validatePlan";
import { planPeriodMissing } from "./planPeriodMissing";

const context = { parent: undefined, unitExists: undefined };

describe("plan.period-missing", () => {
  it("flags a draft whose text states no year, and nothing else (no year is guessed to check tasks against)", () => {
    const { period: _, ...plan } = minimalPlan();
    expect(validatePlan(plan)).toEqual({
      usable: true,
      plan,
      issues: [{ code: "plan.period-missing", severity: "warning", path: "/period", params: {} }],
    });
  });

  it("passes over activity.timeframe-outside-period: 003:430's 'Quý IV/2023' is outside 2024, but no period, no check", () => {
    const plan = minimalPlan();
    const row = plan.activities[0] as Activity;
    const late = {
      ...row,
      timeframe: { kind: "quarters", year: 2023, quarters: [4], raw: "Quý IV/2023" },
    } as const;
    const dated = validatePlan({ ...plan, activities: [late] }).issues.map((i) => i.code);
    expect(dated).toEqual(["activity.timeframe-outside-period"]);
    const { period: _, ...draft } = plan;
    expect(validatePlan({ ...draft, activities: [late] }).issues.map((i) => i.code)).toEqual([
      "plan.period-missing",
    ]);
  });

  it("passes over era.district-after-reform when neither an issue date nor a period dates the plan", () => {
    const { period: _, issueDate: __, ...draft } = minimalPlan();
    const district = {
      ...draft,
      unit: { ...draft.unit, kind: "huyen", level: "district" },
      issuer: { ...draft.issuer, level: "district" },
    } as const;
    const era = (plan: unknown) => validatePlan(plan).issues.filter((i) => i.code.startsWith("era."));
    // Dated 2026 by its period, a huyện's plan is after the reform; undated, nothing says so.
    expect(era({ ...district, period: { start: "2026", end: "2026" } }).map((i) => i.params)).toEqual([
      { date: "2026-01-01", unit: "huyện Gia Tân" },
    ]);
    expect(era(district)).toEqual([]);
  });

  it("is quiet on a stated period (2024, 003:2)", () => {
    expect(planPeriodMissing.check(minimalPlan(), context)).toEqual([]);
  });
});
