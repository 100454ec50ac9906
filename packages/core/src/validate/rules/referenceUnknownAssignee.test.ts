import { describe, expect, it } from "vitest";
import type { Activity } from "../../model/Activity";
import type { Plan } from "../../model/Plan";
import type { Target } from "../../model/Target";
import { minimalPlan } from "../_lib/minimalPlan";
import { validatePlan } from "../validatePlan";
import { referenceUnknownAssignee } from "./referenceUnknownAssignee";

const context = { parent: undefined, unitExists: undefined };

describe("reference.unknown-assignee", () => {
  it("000:135 'Văn hóa – Xã hội' as the focal point of a plan that does not list that office is an error", () => {
    const plan: Plan = {
      ...minimalPlan(),
      focalPoint: { ref: "van-hoa-xa-hoi", wording: "Văn hóa – Xã hội", lines: { start: 135, end: 135 } },
    };
    expect(validatePlan(plan)).toEqual({
      usable: false,
      plan,
      issues: [
        {
          code: "reference.unknown-assignee",
          severity: "error",
          path: "/focalPoint/ref",
          params: { ref: "van-hoa-xa-hoi" },
        },
      ],
    });
  });

  it("checks every place that names an office or group: assignees, targets, budget, reporting, childPlanRequirements", () => {
    const base = minimalPlan();
    const unknown = { ref: "phong-noi-vu", wording: "Phòng Nội vụ" };
    const target: Target = {
      metric: "tin/bài về CCHC",
      comparator: "atLeast",
      value: 12,
      unit: "count",
      per: "year",
      appliesTo: [unknown],
    };
    const row3 = base.activities[0] as Activity;
    const plan: Plan = {
      ...base,
      activities: [
        { ...row3, assignees: [...row3.assignees, { ...unknown, role: "coordinating" }], targets: [target] },
      ],
      budget: { sources: ["unit-budget"], estimateBy: [unknown], submittedTo: [unknown], text: "Kinh phí" },
      reporting: [{ cadences: ["yearly"], reporters: [unknown], to: [], via: unknown }],
      targets: [target],
      childPlanRequirements: { appliesTo: [unknown], themes: [], channels: [], quotas: [], reporting: [] },
    };
    const at = (path: string) => ({
      code: "reference.unknown-assignee",
      severity: "error",
      path,
      params: { ref: "phong-noi-vu" },
    });
    expect(validatePlan(plan).issues).toEqual([
      at("/activities/0/assignees/2/ref"),
      at("/activities/0/targets/0/appliesTo/0/ref"),
      at("/budget/estimateBy/0/ref"),
      at("/budget/submittedTo/0/ref"),
      at("/childPlanRequirements/appliesTo/0/ref"),
      at("/reporting/0/reporters/0/ref"),
      at("/reporting/0/via/ref"),
      at("/targets/0/appliesTo/0/ref"),
    ]);
  });

  it("is quiet when every ref is an office or an assignee group (003:243 'Các cán bộ, công chức, ban, ngành, đoàn thể xã')", () => {
    expect(referenceUnknownAssignee.check(minimalPlan(), context)).toEqual([]);
  });
});
