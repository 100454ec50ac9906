import { describe, expect, it } from "vitest";
import { minimalPlan } from "../_lib/minimalPlan";
import { validatePlan } from "../validatePlan";
import { sectionEmptyForms } from "./sectionEmptyForms";

const context = { parent: undefined, unitExists: undefined };

describe("section.empty-forms", () => {
  it("warns when the forms section (003:113 'Hình thức tuyên truyền') was not encoded; the plan stays usable", () => {
    const plan = { ...minimalPlan(), formsItems: [] };
    expect(validatePlan(plan)).toEqual({
      usable: true,
      plan,
      issues: [{ code: "section.empty-forms", severity: "warning", path: "/formsItems", params: {} }],
    });
  });

  it("is quiet with forms item c. (003:142)", () => {
    expect(sectionEmptyForms.check(minimalPlan(), context)).toEqual([]);
  });
});
