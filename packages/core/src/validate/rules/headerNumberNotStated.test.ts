import { describe, expect, it } from "vitest";
import type { Plan } from "../../model/Plan";
import { minimalPlan } from "../_lib/minimalPlan";
import { validatePlan } from "../validatePlan";
import { headerNumberNotStated } from "./headerNumberNotStated";

const context = { parent: undefined, unitExists: undefined };

describe("header.number-not-stated", () => {
  it("001:3 'Số: /KH-UBND' is a warning; the plan stays usable", () => {
    const plan: Plan = { ...minimalPlan(), number: { notStated: true, raw: "Số: /KH-UBND" } };
    expect(validatePlan(plan)).toEqual({
      usable: true,
      plan,
      issues: [{ code: "header.number-not-stated", severity: "warning", path: "/number", params: {} }],
    });
  });

  it("004:3 'Số /KH-UBND' too", () => {
    const plan: Plan = { ...minimalPlan(), number: { notStated: true, raw: "Số /KH-UBND" } };
    expect(headerNumberNotStated.check(plan, context)).toEqual([
      { code: "header.number-not-stated", severity: "warning", path: "/number", params: {} },
    ]);
  });

  it("is quiet on a stated number (003:289 'Kế hoạch số 13 /KH-UBND') and on an absent one", () => {
    expect(headerNumberNotStated.check(minimalPlan(), context)).toEqual([]);
    const { number: _, ...plan } = minimalPlan();
    expect(headerNumberNotStated.check(plan, context)).toEqual([]);
  });
});
