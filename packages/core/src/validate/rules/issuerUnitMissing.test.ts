import { describe, expect, it } from "vitest";
import { centralPlan } from "../../_testing/centralPlan";
import { validatePlan } from "../validatePlan";

describe("issuer.unit-missing", () => {
  it("is quiet on a central plan (Bộ Nội vụ, 002:146) without a unit", () => {
    expect(validatePlan(centralPlan()).issues.map((i) => i.code)).toEqual(["activity.requested-only"]);
  });

  it("flags a Sở Nội vụ plan (issuer level province) saved without its unit", () => {
    const plan = { ...centralPlan(), issuer: { body: "department", level: "province" } as const };
    expect(validatePlan(plan).issues.filter((i) => i.code.startsWith("issuer."))).toEqual([
      { code: "issuer.unit-missing", severity: "error", path: "/unit", params: { level: "province" } },
    ]);
  });
});
