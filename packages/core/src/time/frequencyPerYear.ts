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
 * Always a finite number: a rate its schema refuses (an interval below 1, a
 * count that is not a whole number, a unit not in `RecurrenceUnit`), as an
 * unchecked JSON file may hold, counts 0 rather than `Infinity` or `NaN`,
 * which would poison every sum it enters.
 *
 * @param rate - a frequency ("Mỗi tuần/1 lần") or a quota ("ít nhất 01 tin/bài hàng quý")
 * @returns occurrences (or promised outputs) per year; 0 for a rate outside its schema
 * @example
 * frequencyPerYear({ kind: "frequency", count: 1, per: "week", interval: 1 }) // 52
 * frequencyPerYear({ kind: "quota", comparator: "atLeast", count: 1, output: "article", per: "quarter" }) // 4
 * frequencyPerYear({ kind: "frequency", count: 1, per: "week", interval: 0 }) // 0
 */
export function frequencyPerYear(rate: Frequency | Quota): number {
  const interval = rate.kind === "frequency" ? rate.interval : 1;
  const units = Object.hasOwn(UNITS_PER_YEAR, rate.per) ? UNITS_PER_YEAR[rate.per] : undefined;
  if (units === undefined || !Number.isSafeInteger(rate.count) || rate.count < 0) return 0;
  if (!Number.isSafeInteger(interval) || interval < 1) return 0;
  return (rate.count * units) / interval;
}
