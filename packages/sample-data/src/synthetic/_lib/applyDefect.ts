import type { Activity, Plan } from "@parcomms/core";
import type { DefectKind } from "../DefectKind";
import { dayNumber, issueDateWithoutDay } from "./days";
import type { Rng } from "./Rng";
import { quartersTimeframe } from "./timeframes";

/**
 * Plants a defect in a freshly generated plan (mutating it) and returns the
 * JSON Pointer where validation reports it. The activity it touches is drawn
 * at random among the plan's activities.
 */
export function applyDefect(plan: Plan, defect: DefectKind, rng: Rng): string {
  const year = Number(plan.period.start);
  const i = rng.int(0, plan.activities.length - 1);
  const activity = plan.activities[i] as Activity;
  switch (defect) {
    case "missing-lead":
      activity.assignees = activity.assignees.filter((a) => a.role !== "lead");
      return `/activities/${i}/assignees`;
    case "out-of-period-timeframe":
      // Last year's quarter left in this year's plan, as "Quý IV/2023" in 003:430.
      activity.timeframe = quartersTimeframe(year - 1, [4]);
      return `/activities/${i}/timeframe`;
    case "unreachable-quota": {
      const count = rng.int(20, 30);
      activity.frequency = {
        kind: "frequency",
        count: 1,
        per: "month",
        interval: 1,
        output: "article",
        raw: "Mỗi tháng 01 tin/bài",
      };
      activity.quotas = [
        {
          kind: "quota",
          comparator: "atLeast",
          count,
          output: "article",
          per: "quarter",
          raw: `ít nhất ${count} tin/bài mỗi quý`,
        },
      ];
      return `/activities/${i}/quotas/0`;
    }
    case "missing-number": {
      // "Số: /KH-UBND" and "ngày tháng 01 năm 2024" (001:3, 001:5): a copy made before numbering.
      plan.number = { notStated: true, raw: "Số: /KH-UBND" };
      const date = plan.issueDate ?? { year, month: 1 };
      plan.issueDate = issueDateWithoutDay(dayNumber(date.year, date.month ?? 1, date.day ?? 1));
      return "/number";
    }
  }
}
