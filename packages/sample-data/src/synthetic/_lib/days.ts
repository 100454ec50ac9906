import type { PartialDate } from "@parcomms/core";

const MS_PER_DAY = 86_400_000;

/** A calendar day as a day number (days since 1970-01-01), so that adding days is adding numbers. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** The year, month and day of a day number. */
export function calendarDay(n: number): { year: number; month: number; day: number } {
  const date = new Date(n * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** "05/02/2024". */
export function slashDate(n: number): string {
  const { year, month, day } = calendarDay(n);
  return `${pad(day)}/${pad(month)}/${year}`;
}

/** A full date as the header of a plan writes it: "ngày 05 tháng 02 năm 2024". */
export function issueDate(n: number): PartialDate {
  const { year, month, day } = calendarDay(n);
  return { year, month, day, raw: `ngày ${pad(day)} tháng ${pad(month)} năm ${year}` };
}

/** A date with the day left blank, as in a draft: "ngày tháng 01 năm 2024" (001:5). */
export function issueDateWithoutDay(n: number): PartialDate {
  const { year, month } = calendarDay(n);
  return { year, month, raw: `ngày tháng ${pad(month)} năm ${year}` };
}

/** A date as cited in a reference: "21/02/2024". */
export function citedDate(n: number): PartialDate {
  const { year, month, day } = calendarDay(n);
  return { year, month, day, raw: slashDate(n) };
}
