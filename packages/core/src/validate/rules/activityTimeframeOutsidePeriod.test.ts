import { describe, expect, it } from "vitest";
import type { Activity } from "../../model/Activity";
import { minimalPlan } from "../_lib/minimalPlan";
import { validatePlan } from "../validatePlan";
import { activityTimeframeOutsidePeriod } from "./activityTimeframeOutsidePeriod";

const context = { parent: undefined, unitExists: undefined };

/** 003:418–430, appendix task 8 of xã Gia Tân's 2024 plan. */
const task8: Activity = {
  id: "t8",
  title: "Tổ chức các lớp bồi dưỡng nghiệp vụ công tác CCHC cho cán bộ, công chức, viên chức",
  themes: ["civil-service.training"],
  channels: ["in-person.training"],
  audiences: ["officials"],
  assignees: [{ ref: "vp-dang-uy-noi-vu", wording: "Công chức Văn phòng Đảng ủy - Nội vụ", role: "lead" }],
  timeframe: { kind: "quarters", year: 2023, quarters: [4], raw: "Quý IV/2023" },
  quotas: [],
  products: ["Các lớp tập huấn"],
  targets: [],
  origin: { section: "appendix-row", ref: "8", lines: { start: 418, end: 430 } },
};

const withActivity = (activity: Activity) => {
  const plan = minimalPlan();
  return { ...plan, activities: [...plan.activities, activity] };
};

describe("activity.timeframe-outside-period", () => {
  it("003:430 flags task 8 'Quý IV/2023' in a 2024 plan as a warning; the plan stays usable", () => {
    const plan = withActivity(task8);
    expect(validatePlan(plan)).toEqual({
      usable: true,
      plan,
      issues: [
        {
          code: "activity.timeframe-outside-period",
          severity: "warning",
          path: "/activities/2/timeframe",
          params: {
            activityId: "t8",
            start: "2023-10-01",
            end: "2023-12-31",
            periodStart: "2024-01-01",
            periodEnd: "2024-12-31",
          },
        },
      ],
    });
  });

  it("flags a date range that only begins before the period", () => {
    const plan = withActivity({
      ...task8,
      timeframe: {
        kind: "dateRange",
        start: { year: 2023, month: 12, day: 15 },
        end: { year: 2024, month: 2 },
      },
    });
    expect(activityTimeframeOutsidePeriod.check(plan, context)).toEqual([
      {
        code: "activity.timeframe-outside-period",
        severity: "warning",
        path: "/activities/2/timeframe",
        params: {
          activityId: "t8",
          start: "2023-12-15",
          end: "2024-02-29",
          periodStart: "2024-01-01",
          periodEnd: "2024-12-31",
        },
      },
    ]);
  });

  it("is quiet on 003:348 'Quý I/2024', 002:87 'Chậm nhất ngày 20/04/2024', 000:79 'Thường xuyên trong năm' and 000:95 'khi có hướng dẫn của cấp trên'", () => {
    const timeframes: Activity["timeframe"][] = [
      { kind: "quarters", year: 2024, quarters: [1], raw: "Quý I/2024" },
      {
        kind: "deadline",
        by: { year: 2024, month: 4, day: 20 },
        exclusive: false,
        raw: "Chậm nhất ngày 20/04/2024",
      },
      { kind: "continuous", raw: "Thường xuyên trong năm" },
      { kind: "trigger", condition: "khi có hướng dẫn của cấp trên" },
      undefined,
    ];
    for (const timeframe of timeframes) {
      expect(activityTimeframeOutsidePeriod.check(withActivity({ ...task8, timeframe }), context)).toEqual(
        [],
      );
    }
  });
});
