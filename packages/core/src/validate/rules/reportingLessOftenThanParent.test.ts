import { describe, expect, it } from "vitest";
import type { Plan } from "../../model/Plan";
import { minimalPlan } from "../_lib/minimalPlan";
import { validatePlan } from "../validatePlan";
import { reportingLessOftenThanParent } from "./reportingLessOftenThanParent";

const context = { parent: undefined, unitExists: undefined };

describe("reporting.less-often-than-parent", () => {
  it("flags 003:249 'Định kỳ hàng quý, 6 tháng, một năm' against a parent requiring monthly reports of its children", () => {
    const plan = minimalPlan();
    const parent = { childPlanRequirements: { reporting: ["monthly", "yearly"] } };
    expect(validatePlan(plan, { parent })).toEqual({
      usable: true,
      plan,
      issues: [
        {
          code: "reporting.less-often-than-parent",
          severity: "warning",
          path: "/reporting/0/cadences/0",
          params: { cadence: "quarterly", perYear: 4, parentCadence: "monthly", parentPerYear: 12 },
        },
      ],
    });
  });

  it("falls back on the parent's own reporting when it sets no requirement for its children", () => {
    const parent = { reporting: [{ cadences: ["half-yearly"] }, { cadences: ["monthly", "not-a-cadence"] }] };
    expect(
      reportingLessOftenThanParent.check(minimalPlan(), {
        ...context,
        parent: { ownReporting: ["monthly"] },
      }),
    ).toEqual(validatePlan(minimalPlan(), { parent }).issues);
    expect(validatePlan(minimalPlan(), { parent }).issues).toHaveLength(1);
  });

  it("is quiet when the child reports as often, and does not compare cadences without a rate (000:151 'lồng ghép vào báo cáo công tác CCHC định kỳ')", () => {
    const quarterly = { requiredReporting: ["quarterly"] } as const;
    expect(reportingLessOftenThanParent.check(minimalPlan(), { ...context, parent: quarterly })).toEqual([]);
    const integrated = { requiredReporting: ["integrated", "periodic"] } as const;
    expect(reportingLessOftenThanParent.check(minimalPlan(), { ...context, parent: integrated })).toEqual([]);
    const sonMau: Plan = {
      ...minimalPlan(),
      reporting: [{ cadences: ["integrated"], reporters: [], to: ["UBND xã"] }],
    };
    expect(
      reportingLessOftenThanParent.check(sonMau, { ...context, parent: { requiredReporting: ["monthly"] } }),
    ).toEqual([]);
    expect(reportingLessOftenThanParent.check(minimalPlan(), context)).toEqual([]);
  });

  it("does not compare as-regulated (001:105 'báo cáo Chủ tịch UBND thành phố, cấp trên theo quy định'): it has no rate", () => {
    const bacGiang: Plan = {
      ...minimalPlan(),
      reporting: [{ cadences: ["as-regulated"], reporters: [], to: ["Chủ tịch UBND thành phố"] }],
    };
    const monthly = { requiredReporting: ["monthly"] } as const;
    expect(reportingLessOftenThanParent.check(bacGiang, { ...context, parent: monthly })).toEqual([]);
    const asRegulated = { requiredReporting: ["as-regulated"] } as const;
    expect(reportingLessOftenThanParent.check(minimalPlan(), { ...context, parent: asRegulated })).toEqual(
      [],
    );
  });
});
