import { describe, expect, it } from "vitest";
import { themes } from "../../codelists/themes";
import type { Plan } from "../../model/Plan";
import { minimalPlan } from "../_lib/minimalPlan";
import { validatePlan } from "../validatePlan";
import { referenceUnknownTheme } from "./referenceUnknownTheme";

const context = { parent: undefined, unitExists: undefined };

describe("reference.unknown-theme", () => {
  it("flags a theme code the codelist does not define, wherever it is (003:64 content item a)", () => {
    const base = minimalPlan();
    const plan: Plan = {
      ...base,
      contentItems: base.contentItems.map((c) => ({ ...c, themes: ["policy", "one-stop"] })),
      childPlanRequirements: {
        appliesTo: [],
        themes: ["par-index"],
        channels: [],
        quotas: [],
        reporting: [],
      },
    };
    const issue = (path: string, code: string) => ({
      code: "reference.unknown-theme",
      severity: "error",
      path,
      params: { code, version: themes.version },
    });
    expect(validatePlan(plan)).toEqual({
      usable: false,
      plan,
      issues: [
        issue("/childPlanRequirements/themes/0", "par-index"),
        issue("/contentItems/0/themes/1", "one-stop"),
      ],
    });
  });

  it("is quiet on codes of the codelist (policy, indices.par-index, indices.sipas)", () => {
    expect(referenceUnknownTheme.check(minimalPlan(), context)).toEqual([]);
  });
});
