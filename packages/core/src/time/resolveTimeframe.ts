import type { PartialDate } from "../model/PartialDate";
import type { PlanPeriod } from "../model/PeriodId";
import type { SimpleTimeframe, Timeframe } from "../model/Timeframe";
import { type Interval, monthsInterval } from "./_lib/periodIdInterval";
import { periodInterval } from "./periodInterval";

/** Options of {@link resolveTimeframe}. */
export interface ResolveTimeframeOptions {
  /**
   * Clip the result to the plan's period: the part of the timeframe inside
   * the period, or `undefined` when none of it is. Default `false`: the
   * timeframe's own interval, even where it lies outside the period (which is
   * what validation needs to see).
   */
  readonly clip?: boolean;
}

/**
 * The interval of local time a timeframe covers, read in the context of the
 * plan's period.
 *
 * Continuous timeframes cover their period (the plan's when none is given);
 * several years ("giai đoạn 2021–2025") cover 1 January of the first to 31
 * December of the last (the horizon, "định hướng đến năm 2030", is not part
 * of it; a run whose end is before its start has no date);
 * quarters, months and halves cover the span from the first to the last; a
 * deadline covers the plan's period up to the deadline (a month alone means
 * its last day; "trước" excludes the deadline itself); a yearly date covers
 * its days within the period; a compound timeframe covers what all its parts
 * share. Triggers have no date: `undefined`.
 *
 * @param timeframe - the timeframe to resolve
 * @param period - the plan's period
 * @param options - see {@link ResolveTimeframeOptions}
 * @returns `{ start, end }`, or `undefined` when the timeframe has no date (or, with `clip`, no part inside the period)
 * @example
 * // 003:430, "Quý IV/2023" in a 2024 plan: outside the period.
 * resolveTimeframe({ kind: "quarters", year: 2023, quarters: [4] }, { start: "2024", end: "2024" })
 * // { start: 2023-10-01T00:00, end: 2023-12-31T23:59:59.999 }
 */
export function resolveTimeframe(
  timeframe: Timeframe,
  period: PlanPeriod,
  options: ResolveTimeframeOptions = {},
): Interval | undefined {
  const own =
    timeframe.kind === "compound"
      ? resolveCompound(timeframe.parts, period)
      : resolveSimple(timeframe, period);
  if (!own || !options.clip) return own;
  return intersect(own, periodInterval(period));
}

function resolveSimple(tf: SimpleTimeframe, period: PlanPeriod): Interval | undefined {
  switch (tf.kind) {
    case "continuous":
      return periodInterval(tf.period ?? period);
    case "year":
      return monthsInterval(tf.year, 1, 12);
    case "years":
      // A run whose end is before its start is a mistake, not a span: no date rather than a guess.
      return tf.end < tf.start
        ? undefined
        : { start: monthsInterval(tf.start, 1, 1).start, end: monthsInterval(tf.end, 12, 12).end };
    case "halves":
      return monthsInterval(
        tf.year,
        tf.halves.reduce((m, v) => Math.min(m, v), Infinity) * 6 - 5,
        tf.halves.reduce((m, v) => Math.max(m, v), -Infinity) * 6,
      );
    case "quarters":
      return monthsInterval(
        tf.year,
        tf.quarters.reduce((m, v) => Math.min(m, v), Infinity) * 3 - 2,
        tf.quarters.reduce((m, v) => Math.max(m, v), -Infinity) * 3,
      );
    case "months":
      return monthsInterval(
        tf.year,
        tf.months.reduce((m, v) => Math.min(m, v), Infinity),
        tf.months.reduce((m, v) => Math.max(m, v), -Infinity),
      );
    case "dateRange":
      return { start: dateInterval(tf.start).start, end: dateInterval(tf.end).end };
    case "deadline": {
      const by = dateInterval(tf.by);
      const end = tf.exclusive ? new Date(by.start.getTime() - 1) : by.end;
      const periodStart = periodInterval(period).start;
      return { start: periodStart <= end ? periodStart : by.start, end };
    }
    case "yearlyDate": {
      const { start, end } = periodInterval(period);
      const first = nextYearly(tf.month, tf.day, start);
      let last = first;
      for (let y = first.getFullYear() + 1; new Date(y, tf.month - 1, tf.day) <= end; y++) {
        last = new Date(y, tf.month - 1, tf.day);
      }
      return {
        start: first,
        end: new Date(last.getFullYear(), last.getMonth(), last.getDate() + 1, 0, 0, 0, -1),
      };
    }
    case "trigger":
      return undefined;
  }
}

function resolveCompound(parts: readonly SimpleTimeframe[], period: PlanPeriod): Interval | undefined {
  const intervals = parts.map((p) => resolveSimple(p, period)).filter((i): i is Interval => i !== undefined);
  if (intervals.length === 0) return undefined;
  let shared: Interval | undefined = intervals[0];
  for (const i of intervals.slice(1)) shared = shared && intersect(shared, i);
  if (shared) return shared;
  // Parts that share nothing (a document mistake): cover their whole span so the mistake stays visible.
  return {
    start: new Date(intervals.map((i) => i.start.getTime()).reduce((m, v) => Math.min(m, v), Infinity)),
    end: new Date(intervals.map((i) => i.end.getTime()).reduce((m, v) => Math.max(m, v), -Infinity)),
  };
}

/** The first occurrence of a yearly day on or after `from`. */
function nextYearly(month: number, day: number, from: Date): Date {
  const same = new Date(from.getFullYear(), month - 1, day);
  return same >= from ? same : new Date(from.getFullYear() + 1, month - 1, day);
}

/** A partial date's interval: a whole day, a whole month, or a whole year. */
function dateInterval(d: PartialDate): Interval {
  if (d.month === undefined) return monthsInterval(d.year, 1, 12);
  if (d.day === undefined) return monthsInterval(d.year, d.month, d.month);
  return {
    start: new Date(d.year, d.month - 1, d.day),
    end: new Date(d.year, d.month - 1, d.day + 1, 0, 0, 0, -1),
  };
}

function intersect(a: Interval, b: Interval): Interval | undefined {
  const start = a.start > b.start ? a.start : b.start;
  const end = a.end < b.end ? a.end : b.end;
  return start <= end ? { start, end } : undefined;
}
