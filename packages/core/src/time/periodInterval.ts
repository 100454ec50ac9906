import type { PeriodId, PlanPeriod } from "../model/PeriodId";
import { type Interval, periodIdInterval } from "./_lib/periodIdInterval";

export type { Interval };

/**
 * The calendar interval a period covers, in local time: from the first
 * millisecond of its first day to the last millisecond of its last day.
 *
 * @param period - a period id ("2024", "2024S1", "2024Q3", "2024-03") or a
 *   plan period `{ start, end }` (both ends included)
 * @returns the interval, `{ start, end }`
 * @throws RangeError when a period id is malformed (validate first with `PeriodId`)
 * @example
 * periodInterval("2024Q2") // { start: 2024-04-01T00:00, end: 2024-06-30T23:59:59.999 }
 * periodInterval({ start: "2022", end: "2025" }).end.getFullYear() // 2025
 */
export function periodInterval(period: PeriodId | PlanPeriod): Interval {
  if (typeof period === "string") return periodIdInterval(period);
  return { start: periodIdInterval(period.start).start, end: periodIdInterval(period.end).end };
}
