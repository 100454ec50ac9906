import { validatePlan } from "@parcomms/core";
import { describe, expect, it } from "vitest";
import { plan000 } from "./plan000";
import { plan001 } from "./plan001";
import { plan002 } from "./plan002";
import { plan003 } from "./plan003";
import { plan004 } from "./plan004";

// Each real plan is usable and gets exactly the issues its document deserves, no more.
describe("validatePlan on the five real plans", () => {
  it("000: the text has no number line and no date line (000:1-5), noted as info", () => {
    expect(validatePlan(plan000)).toEqual({
      usable: true,
      plan: plan000,
      issues: [
        { code: "header.issue-date-absent", severity: "info", path: "/issueDate", params: {} },
        { code: "header.number-absent", severity: "info", path: "/number", params: {} },
      ],
    });
  });
  it("001: IV.6 requests the Front and Thành đoàn, with the city's offices coordinating (001:125-127), an info; 'Số: /KH-UBND' (001:3) and 'ngày tháng 01 năm 2024' (001:5) leave number and day blank", () => {
    expect(validatePlan(plan001).issues).toEqual([
      {
        code: "activity.requested-only",
        severity: "info",
        path: "/activities/5/assignees",
        params: { activityId: "a-assignment-IV.6" },
      },
      {
        code: "header.issue-day-not-stated",
        severity: "warning",
        path: "/issueDate",
        params: { date: "2024-01" },
      },
      { code: "header.number-not-stated", severity: "warning", path: "/number", params: {} },
    ]);
  });
  it("002: V.9 only requests the Front and the socio-political organisations (002:137-139), an info, not a missing lead; no number or date in the text", () => {
    expect(validatePlan(plan002).issues).toEqual([
      {
        code: "activity.requested-only",
        severity: "info",
        path: "/activities/8/assignees",
        params: { activityId: "a-assignment-V.9" },
      },
      { code: "header.issue-date-absent", severity: "info", path: "/issueDate", params: {} },
      { code: "header.number-absent", severity: "info", path: "/number", params: {} },
    ]);
  });
  it("003: VI.9 requests the Front, with the bodies concerned coordinating (003:261-265), an info; appendix task 8 is scheduled 'Quý IV/2023' in a 2024 plan (003:430)", () => {
    expect(validatePlan(plan003).issues).toEqual([
      {
        code: "activity.requested-only",
        severity: "info",
        path: "/activities/8/assignees",
        params: { activityId: "a-assignment-VI.9" },
      },
      {
        code: "activity.timeframe-outside-period",
        severity: "warning",
        path: "/activities/16/timeframe",
        params: {
          activityId: "a-appendix-8",
          start: "2023-10-01",
          end: "2023-12-31",
          periodStart: "2024-01-01",
          periodEnd: "2024-12-31",
        },
      },
    ]);
  });
  it("004: 'Số /KH-UBND' (004:3) and 'ngày tháng 8 năm 2025' (004:5) leave number and day blank; IV.5 only requests the Front (004:152), an info, not a missing lead", () => {
    expect(validatePlan(plan004).issues).toEqual([
      {
        code: "activity.requested-only",
        severity: "info",
        path: "/activities/4/assignees",
        params: { activityId: "a-assignment-IV.5" },
      },
      {
        code: "header.issue-day-not-stated",
        severity: "warning",
        path: "/issueDate",
        params: { date: "2025-08" },
      },
      { code: "header.number-not-stated", severity: "warning", path: "/number", params: {} },
    ]);
  });
  it("every real plan is usable", () => {
    expect([plan000, plan001, plan002, plan003, plan004].map((p) => validatePlan(p).usable)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
  });
});
