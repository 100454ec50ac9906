import { describe, expect, it } from "vitest";
import { themes } from "../codelists/themes";
import type { Activity } from "../model/Activity";
import { minimalPlan } from "./_lib/minimalPlan";
import { groupIssues } from "./groupIssues";
import type { ValidationIssue } from "./ValidationIssue";
import { validatePlan } from "./validatePlan";

describe("groupIssues", () => {
  it("gives one entry per code with all its places, errors first (a plan with 001:3's blank number and three faults)", () => {
    const plan = minimalPlan();
    plan.number = { notStated: true, raw: "Số: /KH-UBND" };
    plan.activities = plan.activities.map((a: Activity) => ({ ...a, assignees: [], themes: ["one-stop"] }));
    const issues = validatePlan(plan).issues;
    const unknownTheme = (path: string): ValidationIssue => ({
      code: "reference.unknown-theme",
      severity: "error",
      path,
      // The themes codelist's own version, whichever it is now.
      params: { code: "one-stop", version: themes.version },
    });
    const noLead = (path: string, activityId: string): ValidationIssue => ({
      code: "activity.no-lead",
      severity: "warning",
      path,
      params: { activityId },
    });
    expect(groupIssues(issues)).toEqual([
      {
        code: "reference.unknown-theme",
        severity: "error",
        count: 2,
        paths: ["/activities/0/themes/0", "/activities/1/themes/0"],
        issues: [unknownTheme("/activities/0/themes/0"), unknownTheme("/activities/1/themes/0")],
      },
      {
        code: "activity.no-lead",
        severity: "warning",
        count: 2,
        paths: ["/activities/0/assignees", "/activities/1/assignees"],
        issues: [noLead("/activities/0/assignees", "t3"), noLead("/activities/1/assignees", "t5")],
      },
      {
        code: "header.number-not-stated",
        severity: "warning",
        count: 1,
        paths: ["/number"],
        issues: [{ code: "header.number-not-stated", severity: "warning", path: "/number", params: {} }],
      },
    ]);
  });

  it("lists a path once when several issues of a code share it, and gives nothing for no issues", () => {
    const a: ValidationIssue = {
      code: "id.duplicate",
      severity: "error",
      path: "/offices/1/id",
      params: { id: "x", firstPath: "/offices/0/id" },
    };
    const b: ValidationIssue = { ...a, params: { id: "x", firstPath: "/assigneeGroups/0/id" } };
    expect(groupIssues([b, a])).toEqual([
      { code: "id.duplicate", severity: "error", count: 2, paths: ["/offices/1/id"], issues: [b, a] },
    ]);
    expect(groupIssues([])).toEqual([]);
  });
});
