import type { PlanPeriod } from "../model/PeriodId";
import type { Plan } from "../model/Plan";
import { type PlanTask, planTasks } from "../model/planTasks";
import { expandFrequency } from "../time/expandFrequency";
import { expectedPerYear } from "../time/expectedPerYear";
import { type Interval, periodInterval } from "../time/periodInterval";
import { resolveTimeframe } from "../time/resolveTimeframe";
import { expectedFromQuotas } from "./_lib/expectedFromQuotas";
import { quartersOf } from "./_lib/quarters";

/** One quarter of the plan's period. */
export interface QuarterLoadRow {
  /** Period id ("2024Q1"). */
  readonly quarter: string;
  /** Ids of the tasks active in the quarter (activities, or sub-tasks in place of their block), in plan order. */
  readonly activities: string[];
  /** Outputs expected in the quarter. */
  readonly expectedOutputs: number;
}

/** The result of {@link quarterLoad}. */
export interface QuarterLoad {
  /** Every quarter of the plan's period, in time order. */
  readonly quarters: QuarterLoadRow[];
  /** Activities with no date: a trigger (khi có …), or no timeframe and no rate. */
  readonly unscheduled: string[];
  /** Activities dated wholly outside the plan's period (003:430 "Quý IV/2023" in a 2024 plan). */
  readonly outsidePeriod: string[];
  /** Every task of a plan without a period (plan.period-missing), which has no quarters to spread them over; else empty. */
  readonly withoutPeriod: string[];
}

/**
 * Spreads a plan's tasks over the quarters of its period: which are active
 * in each quarter, and how many outputs each quarter expects.
 *
 * Each piece of work counts once (`planTasks`): an activity with sub-tasks
 * is not counted itself; each sub-task is, with the fields it leaves out
 * taken from its block, under its own id. A plan of several years has a
 * quarter for each quarter of each year (16 for 2022–2025).
 *
 * An activity's timeframe is resolved and clipped to the plan's period
 * (`resolveTimeframe`); it is active in every quarter its interval touches, so
 * a continuous one ("Thường xuyên") is active in all four. An activity without
 * a timeframe but with a frequency or quota runs through the whole period, its
 * rate being its schedule (001:156 "Mỗi tuần/1 lần" stands in the time column).
 * Triggers, and activities with neither a timeframe nor a rate, are
 * `unscheduled`; those dated wholly outside the period are `outsidePeriod`.
 * A plan without a period (a draft whose text states none) has no quarters:
 * every task is listed in `withoutPeriod`, none is placed by a guessed year.
 * Nothing is dropped.
 *
 * Expected outputs follow the same rule as {@link themeChannelMatrix}: a
 * quota, if any, gives a quarter a quarter of its yearly number in each active
 * quarter; otherwise a frequency gives the counts of its slots
 * (`expandFrequency`) that fall in the quarter.
 *
 * @param plan - the plan
 * @returns the quarters with their activities and outputs, and the activities that fit no quarter
 * @example
 * // 003:374 "Mỗi tháng 01 kỳ": the radio column gives 3 issues a quarter.
 * quarterLoad(plan003).quarters.map((q) => q.expectedOutputs) // [3, 3, 3, 3]
 */
export function quarterLoad(plan: Plan): QuarterLoad {
  const period = plan.period;
  if (!period) {
    return {
      quarters: [],
      unscheduled: [],
      outsidePeriod: [],
      withoutPeriod: planTasks(plan).map((t) => t.id),
    };
  }
  const quarters = quartersOf(period);
  const rows = quarters.map((q) => ({ quarter: q.id, activities: [] as string[], expectedOutputs: 0 }));
  const unscheduled: string[] = [];
  const outsidePeriod: string[] = [];
  for (const activity of planTasks(plan)) {
    const span = activeSpan(activity, period);
    if (span === "unscheduled") {
      unscheduled.push(activity.id);
      continue;
    }
    if (span === "outside") {
      outsidePeriod.push(activity.id);
      continue;
    }
    const slots =
      activity.frequency && !expectedFromQuotas(activity) ? expandFrequency(activity.frequency, span) : [];
    quarters.forEach((q, i) => {
      const row = rows[i];
      if (!row || q.start > span.end || q.end < span.start) return;
      row.activities.push(activity.id);
      row.expectedOutputs += expectedFromQuotas(activity)
        ? expectedPerYear(activity) / 4
        : slots.filter((s) => s.quarter === q.id).reduce((sum, s) => sum + s.count, 0);
    });
  }
  return { quarters: rows, unscheduled, outsidePeriod, withoutPeriod: [] };
}

/** The part of the plan's period an activity runs in, or why it has none. */
function activeSpan(activity: PlanTask, period: PlanPeriod): Interval | "unscheduled" | "outside" {
  if (!activity.timeframe) {
    const hasRate = activity.frequency !== undefined || activity.quotas.length > 0;
    return hasRate ? periodInterval(period) : "unscheduled";
  }
  const own = resolveTimeframe(activity.timeframe, period);
  if (!own) return "unscheduled";
  return resolveTimeframe(activity.timeframe, period, { clip: true }) ?? "outside";
}
