import type { PartialDate } from "@parcomms/core";

/** "số 45/KH-UBND", "ngày 10/02/2025" (or "tháng 02/2025", "năm 2025"): what the text gives. */
export function citedParts(doc: {
  readonly number?: string | undefined;
  readonly symbol?: string | undefined;
  readonly issueDate?: PartialDate | undefined;
}): string[] {
  const parts: string[] = [];
  if (doc.number || doc.symbol) parts.push(`số ${[doc.number ?? "…", doc.symbol].filter(Boolean).join("/")}`);
  if (doc.issueDate) parts.push(dateOf(doc.issueDate));
  return parts;
}

function dateOf({ year, month, day }: PartialDate): string {
  const two = (n: number) => String(n).padStart(2, "0");
  if (month === undefined) return `năm ${year}`;
  if (day === undefined) return `tháng ${two(month)}/${year}`;
  return `ngày ${two(day)}/${two(month)}/${year}`;
}
