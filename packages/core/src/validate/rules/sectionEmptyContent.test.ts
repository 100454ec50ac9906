import { describe, expect, it } from "vitest";
import { minimalPlan } from "../_lib/minimalPlan";
import { validatePlan } from "../validatePlan";
import { sectionEmptyContent } from "./sectionEmptyContent";

const context = { parent: undefined, unitExists: undefined };

describe("section.empty-content", () => {
  it("warns when the content section (003:62 'Nội dung tuyên truyền') was not encoded; the plan stays usable", () => {
    const plan = { ...minimalPlan(), contentItems: [] };
    expect(validatePlan(plan)).toEqual({
      usable: true,
      plan,
      issues: [{ code: "section.empty-content", severity: "warning", path: "/contentItems", params: {} }],
    });
  });

  it("is quiet with content item a. (003:64)", () => {
    expect(sectionEmptyContent.check(minimalPlan(), context)).toEqual([]);
  });
});
