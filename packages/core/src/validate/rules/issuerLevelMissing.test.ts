import { describe, expect, it } from "vitest";
import { minimalPlan } from "../_lib/minimalPlan";
import { validatePlan } from "../validatePlan";
import { issuerLevelMissing } from "./issuerLevelMissing";

const context = { parent: undefined, unitExists: undefined };

describe("issuer.level-missing", () => {
  it("flags 'ỦY BAN NHÂN DÂN' over an unreadable unit line: the body known, its tier not", () => {
    const { unit: _, ...plan } = minimalPlan();
    const draft = { ...plan, issuer: { body: "people-committee", wording: "Ủy ban nhân dân" } } as const;
    // Neither issuer.unit-missing (no tier says a unit is due) nor parent.level-not-higher (no tier to compare).
    expect(validatePlan(draft, { parent: { level: "commune" } })).toEqual({
      usable: true,
      plan: draft,
      issues: [{ code: "issuer.level-missing", severity: "warning", path: "/issuer/level", params: {} }],
    });
  });

  it("flags a level left out even when the unit is named, and issuer.level-differs stays quiet", () => {
    const { level: _, ...issuer } = minimalPlan().issuer;
    expect(validatePlan({ ...minimalPlan(), issuer }).issues).toEqual([
      { code: "issuer.level-missing", severity: "warning", path: "/issuer/level", params: {} },
    ]);
  });

  it("is quiet on a stated level and on a plan with no issuer at all (plan.issuer-missing says it)", () => {
    expect(issuerLevelMissing.check(minimalPlan(), context)).toEqual([]);
    const { issuer: _, ...plan } = minimalPlan();
    expect(issuerLevelMissing.check(plan, context)).toEqual([]);
  });
});
