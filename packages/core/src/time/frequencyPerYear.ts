import type { Frequency, Quota, RecurrenceUnit } from "../model/Frequency";

/** How many of each calendar unit a year holds, for rate arithmetic. */
export const UNITS_PER_YEAR: Readonly<Record<RecurrenceUnit, number>> = {
  day: 365,
  week: 52,
  month: 12,
  quarter: 4,
  "half-year": 2,
  year: 1,
};

/**
 * Occurrences a year that a frequency implies, or outputs a year that a quota
 * promises.
 *
 * @param rate - a frequency ("Mỗi tuần/1 lần") or a quota ("ít nhất 01 tin/bài hàng quý")
 * @returns occurrences (or promised outputs) per year
 * @example
 * frequencyPerYear({ kind: "frequency", count: 1, per: "week", interval: 1 }) // 52
 * frequencyPerYear({ kind: "quota", comparator: "atLeast", count: 1, output: "article", per: "quarter" }) // 4
 */
export function frequencyPerYear(rate: Frequency | Quota): number {
  const interval = rate.kind === "frequency" ? rate.interval : 1;
  return (rate.count * UNITS_PER_YEAR[rate.per]) / interval;
}
