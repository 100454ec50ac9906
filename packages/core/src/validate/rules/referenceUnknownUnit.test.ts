import { describe, expect, it } from "vitest";
import type { GsoCode } from "../../model/GsoCode";
import type { Plan } from "../../model/Plan";
import { minimalPlan } from "../_lib/minimalPlan";
import { validatePlan } from "../validatePlan";

// Not a real unit code: the seeds name units only in words, so the lookup here is a stub.
const placeholder: GsoCode = { era: "three-tier", code: "99999" };
const withCode = (): Plan => {
  const plan = minimalPlan();
  return { ...plan, unit: { ...plan.unit, code: placeholder, match: "exact" } };
};

describe("reference.unknown-unit", () => {
  it("with options.unitExists, warns about xã Gia Tân (003:2) carrying a code the lookup does not know", () => {
    const plan = withCode();
    expect(validatePlan(plan, { unitExists: () => false })).toEqual({
      usable: true,
      plan,
      issues: [
        {
          code: "reference.unknown-unit",
          severity: "warning",
          path: "/unit/code",
          params: { code: "99999", era: "three-tier" },
        },
      ],
    });
  });

  it("asks the lookup with the code and its era, and is quiet when it knows it", () => {
    const asked: GsoCode[] = [];
    const result = validatePlan(withCode(), {
      unitExists: (code) => {
        asked.push(code);
        return true;
      },
    });
    expect(result.issues).toEqual([]);
    expect(asked).toEqual([placeholder]);
  });

  it("does not check codes without options.unitExists, nor a unit without a code", () => {
    expect(validatePlan(withCode()).issues).toEqual([]);
    expect(validatePlan(minimalPlan(), { unitExists: () => false }).issues).toEqual([]);
  });
});
