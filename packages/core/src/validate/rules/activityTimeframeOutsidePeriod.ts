import { format } from "date-fns";
import { periodInterval } from "../../time/periodInterval";
import { resolveTimeframe } from "../../time/resolveTimeframe";
import { makeIssue } from "../_lib/makeIssue";
import type { Rule } from "../_lib/Rule";
import type { ValidationIssue } from "../ValidationIssue";

const day = (d: Date) => format(d, "yyyy-MM-dd");

/**
 * activity.timeframe-outside-period: an activity whose timeframe, resolved to
 * dates, begins before or ends after the plan's period.
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
    for (const [i, activity] of plan.activities.entries()) {
      const own = activity.timeframe && resolveTimeframe(activity.timeframe, plan.period);
      if (!own || (own.start >= period.start && own.end <= period.end)) continue;
      issues.push(
        makeIssue("activity.timeframe-outside-period", `/activities/${i}/timeframe`, {
          activityId: activity.id,
          start: day(own.start),
          end: day(own.end),
          periodStart: day(period.start),
          periodEnd: day(period.end),
        }),
      );
    }
    return issues;
  },
};
