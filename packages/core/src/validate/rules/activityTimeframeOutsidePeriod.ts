import { format } from "date-fns";
import type { Timeframe } from "../../model/Timeframe";
import { periodInterval } from "../../time/periodInterval";
import { resolveTimeframe } from "../../time/resolveTimeframe";
import { makeIssue } from "../_lib/makeIssue";
import type { Rule } from "../_lib/Rule";
import type { ValidationIssue } from "../ValidationIssue";

const day = (d: Date) => format(d, "yyyy-MM-dd");

/**
 * activity.timeframe-outside-period: an activity whose timeframe, resolved to
 * dates, begins before or ends after the plan's period; a sub-task's own
 * timeframe is checked too, at `/activities/i/subtasks/j/timeframe` (one it
 * takes from its block is the block's, checked once). Several years
 * ("giai đoạn 2021–2025") run from 1 January of the first to 31 December of
 * the last.
 *
 * @example
 * // 003:430, appendix task 8 "Quý IV/2023" in xã Gia Tân's 2024 plan:
 * activityTimeframeOutsidePeriod.check(plan, context)
 * // [{ code: "activity.timeframe-outside-period", path: "/activities/7/timeframe", … }]
 */
export const activityTimeframeOutsidePeriod: Rule = {
  code: "activity.timeframe-outside-period",
  check: (plan) => {
    const period = periodInterval(plan.period);
    const issues: ValidationIssue[] = [];
    // j: the sub-task's index, or -1 for the activity itself.
    const check = (id: string, timeframe: Timeframe | undefined, i: number, j: number) => {
      const own = timeframe && resolveTimeframe(timeframe, plan.period);
      if (!own || (own.start >= period.start && own.end <= period.end)) return;
      const path = j < 0 ? `/activities/${i}/timeframe` : `/activities/${i}/subtasks/${j}/timeframe`;
      issues.push(
        makeIssue("activity.timeframe-outside-period", path, {
          activityId: id,
          start: day(own.start),
          end: day(own.end),
          periodStart: day(period.start),
          periodEnd: day(period.end),
        }),
      );
    };
    for (const [i, activity] of plan.activities.entries()) {
      check(activity.id, activity.timeframe, i, -1);
      if (!activity.subtasks) continue;
      // A sub-task's own timeframe only: one it takes from its block was checked with the block.
      for (const [j, s] of activity.subtasks.entries()) check(s.id, s.timeframe, i, j);
    }
    return issues;
  },
};
