import { isNotStated, type PartialDate } from "@parcomms/core";

/** "—" for nothing, "(để trống)" for a blank slot, else the text. */
export function showValue(value: unknown): string {
  if (value === undefined || value === null || value === "") return "—";
  if (isNotStated(value)) return "(để trống / blank)";
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

/** A partial date as "2024-02-05", "2024-01-__" or "—". */
export function showDate(date: PartialDate | undefined): string {
  if (!date) return "—";
  const pad = (n: number | undefined) => (n === undefined ? "__" : String(n).padStart(2, "0"));
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}
