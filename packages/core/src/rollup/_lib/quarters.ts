import type { PlanPeriod } from "../../model/PeriodId";
import { periodInterval } from "../../time/periodInterval";

/** A quarter of a plan's period with its interval. */
export interface QuarterSpan {
  /** Period id in DHIS2 style ("2024Q1"). */
  readonly id: string;
  readonly start: Date;
  readonly end: Date;
}

/** The quarters a period touches, in time order ("2024Q1" … "2024Q4" for "2024"). */
export function quartersOf(period: PlanPeriod): QuarterSpan[] {
  const { start, end } = periodInterval(period);
  const spans: QuarterSpan[] = [];
  let year = start.getFullYear();
  let q = Math.floor(start.getMonth() / 3) + 1;
  for (;;) {
    const id = `${year}Q${q}`;
    const span = periodInterval(id);
    if (span.start > end) break;
    spans.push({ id, ...span });
    if (q === 4) {
      q = 1;
      year++;
    } else q++;
  }
  return spans;
}

/** The length of a period in years (months / 12): 1 for "2024", 4 for "2022" to "2025", 0.25 for "2024Q3". */
export function periodYears(period: PlanPeriod): number {
  const { start, end } = periodInterval(period);
  const months = (end.getFullYear() - start.getFullYear()) * 12 + end.getMonth() - start.getMonth() + 1;
  return months / 12;
}
