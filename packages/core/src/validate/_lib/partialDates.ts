import type { PartialDate } from "../../model/PartialDate";

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * Compares two partial dates at the precision both have: by year, then by
 * month when both give one, then by day when both give one. 0 means "not in
 * conflict" (01/2024 and 21/01/2024 compare equal).
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  if (a.year !== b.year) return a.year - b.year;
  if (a.month === undefined || b.month === undefined) return 0;
  if (a.month !== b.month) return a.month - b.month;
  if (a.day === undefined || b.day === undefined) return 0;
  return a.day - b.day;
}

/** A partial date as an ISO-like string with only the parts it has: "2024", "2024-01", "2024-01-26". */
export function formatPartialDate(d: PartialDate): string {
  if (d.month === undefined) return String(d.year);
  if (d.day === undefined) return `${d.year}-${pad(d.month)}`;
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

/** The earliest day a partial date can mean, as an ISO date ("2025" → "2025-01-01"). */
export function earliestDay(d: PartialDate): string {
  return `${d.year}-${pad(d.month ?? 1)}-${pad(d.day ?? 1)}`;
}
