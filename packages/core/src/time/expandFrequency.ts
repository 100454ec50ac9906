import { addDays, addMonths, addWeeks, format, startOfISOWeek } from "date-fns";
import type { Frequency, RecurrenceUnit } from "../model/Frequency";
import type { Interval } from "./_lib/periodIdInterval";

/** One calendar slot in which a frequency expects occurrences. */
export interface ExpectedSlot {
  /** First millisecond of the slot (a Monday for weeks). */
  readonly start: Date;
  /** Last millisecond of the slot. */
  readonly end: Date;
  /** The month the slot counts towards ("2024-03"): for a week, the month holding four or more of its days. */
  readonly month: string;
  /** The quarter the slot counts towards ("2024Q1"). */
  readonly quarter: string;
  /** Occurrences expected in the slot. */
  readonly count: number;
}

const STEP: Readonly<Record<RecurrenceUnit, (d: Date, n: number) => Date>> = {
  day: addDays,
  week: addWeeks,
  month: addMonths,
  quarter: (d, n) => addMonths(d, 3 * n),
  "half-year": (d, n) => addMonths(d, 6 * n),
  year: (d, n) => addMonths(d, 12 * n),
};

/** The first slot boundary of a unit on or before `d`. */
function slotStart(unit: RecurrenceUnit, d: Date): Date {
  switch (unit) {
    case "day":
      return new Date(d.getFullYear(), d.getMonth(), d.getDate());
    case "week":
      return startOfISOWeek(d);
    case "month":
      return new Date(d.getFullYear(), d.getMonth(), 1);
    case "quarter":
      return new Date(d.getFullYear(), d.getMonth() - (d.getMonth() % 3), 1);
    case "half-year":
      return new Date(d.getFullYear(), d.getMonth() < 6 ? 0 : 6, 1);
    case "year":
      return new Date(d.getFullYear(), 0, 1);
  }
}

/**
 * Expands a frequency into the calendar slots it expects occurrences in,
 * within an interval.
 *
 * A slot belongs to the interval when its midpoint lies inside it; for weeks
 * (ISO weeks, Monday to Sunday) the midpoint is the Thursday, so a week counts
 * towards the month that holds four or more of its days, as ISO 8601 does for
 * years. `interval` > 1 keeps every n-th slot, starting with the first.
 *
 * @param frequency - e.g. "Mỗi tuần/1 lần" as `{ kind: "frequency", count: 1, per: "week", interval: 1 }`
 * @param within - the interval, usually `resolveTimeframe(…)` or `periodInterval(…)`
 * @returns the slots in time order
 * @example
 * // 001:156, "Mỗi tuần/1 lần" through 2024: 52 weekly slots.
 * expandFrequency({ kind: "frequency", count: 1, per: "week", interval: 1 }, periodInterval("2024")).length // 52
 * // 003:374, "Mỗi tháng 01 kỳ": 12 monthly slots.
 * expandFrequency({ kind: "frequency", count: 1, per: "month", interval: 1, output: "issue" }, periodInterval("2024")).length // 12
 */
export function expandFrequency(frequency: Frequency, within: Interval): ExpectedSlot[] {
  const slots: ExpectedSlot[] = [];
  const step = STEP[frequency.per];
  let inside = 0;
  for (let start = slotStart(frequency.per, within.start); start <= within.end; start = step(start, 1)) {
    const next = step(start, 1);
    const mid = new Date(start.getTime() + (next.getTime() - start.getTime()) / 2);
    if (mid < within.start || mid > within.end) continue;
    if (inside++ % frequency.interval !== 0) continue;
    slots.push({
      start,
      end: new Date(next.getTime() - 1),
      month: format(mid, "yyyy-MM"),
      quarter: `${mid.getFullYear()}Q${Math.floor(mid.getMonth() / 3) + 1}`,
      count: frequency.count,
    });
  }
  return slots;
}
