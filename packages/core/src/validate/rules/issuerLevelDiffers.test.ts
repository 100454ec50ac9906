import { describe, expect, it } from "vitest";
import { minimalPlan } from "../_lib/minimalPlan";
import { validatePlan } from "../validatePlan";

describe("issuer.level-differs", () => {
  it("flags xã Gia Tân's plan (003:2) with its issuer at district level, and is quiet at commune level", () => {
    expect(validatePlan(minimalPlan()).issues).toEqual([]);
    const plan = { ...minimalPlan(), issuer: { body: "people-committee", level: "district" } as const };
    expect(validatePlan(plan).issues).toEqual([
      {
        code: "issuer.level-differs",
        severity: "warning",
        path: "/issuer/level",
        params: { level: "district", unitLevel: "commune" },
      },
    ]);
  });

  it("never flags a 1.0 plan read through migratePlan (its issuer takes the unit's level)", () => {
    const { level: _level, ...issuer } = minimalPlan().issuer;
    const result = validatePlan({ ...minimalPlan(), schemaVersion: "1.0", issuer });
    expect(result.issues).toEqual([
      {
        code: "schema.migrated",
        severity: "info",
        path: "/schemaVersion",
        params: { from: "1.0", to: "1.2" },
      },
    ]);
    expect(result.plan?.issuer).toEqual({ ...issuer, level: "commune" });
  });
});
