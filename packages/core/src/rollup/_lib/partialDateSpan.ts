import type { PartialDate } from "../../model/PartialDate";
import type { Interval } from "../../time/periodInterval";

/**
 * The days a partial date may stand for, local time: one day, a whole month
 * ("ngày tháng 01 năm 2024", 001:5), or a whole year.
 */
export function partialDateSpan(d: PartialDate): Interval {
  if (d.month === undefined)
    return { start: new Date(d.year, 0, 1), end: new Date(d.year + 1, 0, 1, 0, 0, 0, -1) };
  if (d.day === undefined) {
    return { start: new Date(d.year, d.month - 1, 1), end: new Date(d.year, d.month, 1, 0, 0, 0, -1) };
  }
  return {
    start: new Date(d.year, d.month - 1, d.day),
    end: new Date(d.year, d.month - 1, d.day + 1, 0, 0, 0, -1),
  };
}

/** A partial date written the Vietnamese way: "20/04/2024", "01/2024", "2024". */
export function formatPartialDate(d: PartialDate): string {
  const two = (n: number) => String(n).padStart(2, "0");
  if (d.month === undefined) return String(d.year);
  if (d.day === undefined) return `${two(d.month)}/${d.year}`;
  return `${two(d.day)}/${two(d.month)}/${d.year}`;
}
