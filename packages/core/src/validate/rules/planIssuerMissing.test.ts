import { describe, expect, it } from "vitest";
import { minimalPlan } from "../_lib/minimalPlan";
import { validatePlan } from "../validatePlan";
import { planIssuerMissing } from "./planIssuerMissing";

const context = { parent: undefined, unitExists: undefined };

describe("plan.issuer-missing", () => {
  it("flags a draft that names no issuing body, and only that (issuer.level-differs has nothing to compare)", () => {
    const { issuer: _, ...plan } = minimalPlan();
    expect(validatePlan(plan)).toEqual({
      usable: true,
      plan,
      issues: [{ code: "plan.issuer-missing", severity: "warning", path: "/issuer", params: {} }],
    });
  });

  it("without a unit either: no issuer.unit-missing and no parent.level-not-higher, the tier being unknown", () => {
    const { issuer: _, unit: __, ...plan } = minimalPlan();
    // 003:4 "Thực hiện Kế hoạch số 13/KH-UBND … của UBND huyện Gia Lộc": a parent plan of a district.
    expect(validatePlan(plan, { parent: { level: "commune" } }).issues.map((i) => i.code)).toEqual([
      "plan.issuer-missing",
    ]);
  });

  it("is quiet on a stated issuer (003:6 'Ủy ban nhân dân xã Gia Tân')", () => {
    expect(planIssuerMissing.check(minimalPlan(), context)).toEqual([]);
  });
});
