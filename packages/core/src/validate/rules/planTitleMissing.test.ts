import { describe, expect, it } from "vitest";
import { minimalPlan } from "../_lib/minimalPlan";
import { validatePlan } from "../validatePlan";
import { planTitleMissing } from "./planTitleMissing";

const context = { parent: undefined, unitExists: undefined };

describe("plan.title-missing", () => {
  it("flags a draft whose text gives no title: a warning, the plan kept and usable", () => {
    const { title: _, ...plan } = minimalPlan();
    expect(validatePlan(plan)).toEqual({
      usable: true,
      plan,
      issues: [{ code: "plan.title-missing", severity: "warning", path: "/title", params: {} }],
    });
  });

  it("is quiet on a stated title (003:2 'Tuyên truyền cải cách hành chính nhà nước xã Gia Tân năm 2024')", () => {
    expect(planTitleMissing.check(minimalPlan(), context)).toEqual([]);
  });
});
