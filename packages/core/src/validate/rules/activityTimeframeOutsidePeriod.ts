import { format } from "date-fns";
import type { Timeframe } from "../../model/Timeframe";
import { periodInterval } from "../../time/periodInterval";
import { resolveTimeframe } from "../../time/resolveTimeframe";
import { makeIssue } from "../_lib/makeIssue";
import type { Rule } from "../_lib/Rule";
import type { ValidationIssue } from "../ValidationIssue";

const day = (d: Date) => format(d, "yyyy-MM-dd");

/**
 * True when the timeframe lies, by its years alone, within a period of whole
 * years: a year, its halves, quarters or months, a yearly date, several
 * years, or continuously through the plan's period. The rule then needs no
 * dates (most tasks of most plans are such); any other kind is resolved.
 */
function insideWholeYears(timeframe: Timeframe, first: number, last: number): boolean {
  switch (timeframe.kind) {
    case "year":
    case "halves":
    case "quarters":
    case "months":
      return timeframe.year >= first && timeframe.year <= last;
    case "years":
      return timeframe.start >= first && timeframe.end <= last;
    case "yearlyDate":
      return true;
    case "continuous":
      return timeframe.period === undefined;
    default:
      return false;
  }
}

const WHOLE_YEAR = /^\d{4}$/;

/**
 * activity.timeframe-outside-period: an activity whose timeframe, resolved to
 * dates, begins before or ends after the plan's period; a sub-task's own
 * timeframe is checked too, at `/activities/i/subtasks/j/timeframe` (one it
 * takes from its block is the block's, checked once). Several years
 * ("giai đoạn 2021–2025") run from 1 January of the first to 31 December of
 * the last. A plan without a period is passed over.
 *
 * @example
 * // 003:430, appendix task 8 "Quý IV/2023" in xã Gia Tân's 2024 plan:
 * activityTimeframeOutsidePeriod.check(plan, context)
 * // [{ code: "activity.timeframe-outside-period", path: "/activities/7/timeframe", … }]
 */
export const activityTimeframeOutsidePeriod: Rule = {
  code: "activity.timeframe-outside-period",
  check: (plan) => {
    const planPeriod = plan.period;
    // No period to compare with (a draft): plan.period-missing reports it.
    if (!planPeriod) return [];
    const period = periodInterval(planPeriod);
    const wholeYears = WHOLE_YEAR.test(planPeriod.start) && WHOLE_YEAR.test(planPeriod.end);
    const first = Number(planPeriod.start);
    const last = Number(planPeriod.end);
    const issues: ValidationIssue[] = [];
    // j: the sub-task's index, or -1 for the activity itself.
    const check = (id: string, timeframe: Timeframe | undefined, i: number, j: number) => {
      if (!timeframe || (wholeYears && insideWholeYears(timeframe, first, last))) return;
      const own = resolveTimeframe(timeframe, planPeriod);
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
    const activities = plan.activities;
    for (let i = 0; i < activities.length; i++) {
      const activity = activities[i] as (typeof activities)[number];
      check(activity.id, activity.timeframe, i, -1);
      const subtasks = activity.subtasks;
      if (!subtasks) continue;
      // A sub-task's own timeframe only: one it takes from its block was checked with the block.
      for (let j = 0; j < subtasks.length; j++) {
        const s = subtasks[j] as (typeof subtasks)[number];
        check(s.id, s.timeframe, i, j);
      }
    }
    return issues;
  },
};
