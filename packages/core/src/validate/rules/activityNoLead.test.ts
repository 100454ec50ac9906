import { describe, expect, it } from "vitest";
import type { Activity } from "../../model/Activity";
import { minimalPlan } from "../_lib/minimalPlan";
import { validatePlan } from "../validatePlan";
import { activityNoLead } from "./activityNoLead";

const context = { parent: undefined, unitExists: undefined };

/** 003:147–149, forms item d., which names no office to carry it out. */
const formsItemD: Activity = {
  id: "f-d",
  title: "Tổ chức hội nghị, hội thảo cấp xã để tuyên truyền về cải cách hành chính trên địa bàn xã",
  description:
    "Tổ chức hội nghị, hội thảo cấp xã để tuyên truyền về cải cách hành chính trên địa bàn xã; Tuyên truyền thông qua hình thức trực quan: pano, áp phích, khẩu hiệu, băng rôn...",
  themes: [],
  channels: ["in-person.meeting", "outdoor-print.billboard", "outdoor-print.banner-slogan"],
  audiences: [],
  assignees: [],
  quotas: [],
  products: [],
  targets: [],
  origin: { section: "forms-item", ref: "d", lines: { start: 147, end: 149 } },
};

describe("activity.no-lead", () => {
  it("003:147 flags forms item d., which names no office, as a warning", () => {
    const base = minimalPlan();
    const plan = { ...base, activities: [formsItemD, ...base.activities] };
    expect(validatePlan(plan)).toEqual({
      usable: true,
      plan,
      issues: [
        {
          code: "activity.no-lead",
          severity: "warning",
          path: "/activities/0/assignees",
          params: { activityId: "f-d" },
        },
      ],
    });
  });

  it("flags an activity with coordinating offices only (003:346–348 row 3 without its lead)", () => {
    const plan = minimalPlan();
    const row3 = plan.activities[0] as Activity;
    plan.activities[0] = { ...row3, assignees: row3.assignees.filter((a) => a.role !== "lead") };
    expect(activityNoLead.check(plan, context)).toEqual([
      {
        code: "activity.no-lead",
        severity: "warning",
        path: "/activities/0/assignees",
        params: { activityId: "t3" },
      },
    ]);
  });

  it("is quiet when every activity has a lead (003:346 'Văn phòng HĐND& UBND xã', 003:365 'Đài Truyền thanh xã')", () => {
    expect(activityNoLead.check(minimalPlan(), context)).toEqual([]);
  });
});
