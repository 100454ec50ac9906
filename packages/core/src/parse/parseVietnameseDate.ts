import type { PartialDate } from "../model/PartialDate";
import { checkDate, DATE_FORMS, findDate } from "./_lib/matchDate";
import { prepareText, quote } from "./_lib/prepareText";
import { fail, guard, succeed } from "./_lib/result";
import type { ParseResult } from "./ParseResult";

/**
 * A date read from Vietnamese text: a calendar date whose day (or day and
 * month) may be blank, or a day that recurs every year ("10-10").
 */
export type ParsedDate =
  | { kind: "date"; date: PartialDate }
  | { kind: "yearly"; month: number; day: number; raw: string };

/**
 * Reads the first date (ngày tháng) in a Vietnamese phrase.
 *
 * Accepts "21/02/2024", "6/9/2023", "20-8-2025", "20.8.2025", ISO dates
 * ("2025-08-20", also with a time after it), "ngày 05 tháng 02 năm 2024",
 * "ngày 22 / tháng 01 năm 2024" (a form's slashes left in), "25 tháng 11
 * năm 2021", "tháng 8 năm 2025", dates with the day left blank
 * ("ngày tháng 01 năm 2024", "ngày /01/2024"), and a day and month without a
 * year ("10-10", "10/10") as a yearly date. Text around the date is allowed;
 * `raw` is the date as written (a leading "ngày" belongs to it only in the
 * word forms). Impossible dates fail, never read as another date:
 * "31/02/2024" with `date.invalid-day`, "ngày 05 tháng 13 năm 2024" and
 * "2025-13-01" with `date.invalid-month`.
 *
 * @param text - any text, in NFC or NFD, possibly with markup or line breaks
 * @returns the date, or a failure with code `date.empty`, `date.not-a-date`,
 *   `date.invalid-day`, `date.invalid-month` or `date.invalid-year`
 * @example
 * parseVietnameseDate("Kế hoạch số 31/KH-UBND ngày 21/02/2024")
 * // { ok: true, value: { kind: "date", date: { year: 2024, month: 2, day: 21, raw: "21/02/2024" } } }
 * parseVietnameseDate("2025-08-20")
 * // { ok: true, value: { kind: "date", date: { year: 2025, month: 8, day: 20, raw: "2025-08-20" } } }
 * parseVietnameseDate("ngày tháng 01 năm 2024")
 * // { ok: true, value: { kind: "date", date: { year: 2024, month: 1, raw: "ngày tháng 01 năm 2024" } } }
 * parseVietnameseDate("10-10")
 * // { ok: true, value: { kind: "yearly", month: 10, day: 10, raw: "10-10" } }
 */
export function parseVietnameseDate(text: string): ParseResult<ParsedDate> {
  return guard(text, { empty: "date.empty", internal: "date.internal-error" }, (input) => {
    const prepared = prepareText(input);
    if (prepared.text.length === 0) return fail("date.empty", input, 0, DATE_FORMS);
    const match = findDate(prepared);
    if (!match) return fail("date.not-a-date", input, 0, DATE_FORMS);
    const problem = checkDate(match);
    if (problem) {
      const expected =
        problem.problem === "invalid-month"
          ? ["a month from 1 to 12"]
          : problem.problem === "invalid-day"
            ? ["a day that exists in the month"]
            : ["a year from 1945 to 2100"];
      return fail(`date.${problem.problem}`, input, prepared.offsets[problem.at] ?? 0, expected);
    }
    const raw = quote(prepared, match.start, match.end);
    if (match.year === undefined) {
      return succeed({ kind: "yearly", month: match.month ?? 1, day: match.day ?? 1, raw });
    }
    return succeed({
      kind: "date",
      date: {
        year: match.year,
        ...(match.month !== undefined && { month: match.month }),
        ...(match.day !== undefined && { day: match.day }),
        raw,
      },
    });
  });
}
