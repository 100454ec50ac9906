import type { PartialDate } from "../../model/PartialDate";
import { type PreparedText, quote } from "./prepareText";
import { WORD_START as B, WORD_END as E } from "./regexParts";

/** A date found in prepared text; positions are indices into the prepared text. */
export interface DateMatch {
  readonly start: number;
  readonly end: number;
  readonly day: number | undefined;
  readonly month: number | undefined;
  /** Absent for a date that recurs every year ("10-10"). */
  readonly year: number | undefined;
  readonly dayAt: number;
  readonly monthAt: number;
  readonly yearAt: number;
}

/** What is wrong with a date that has the shape of one. */
export interface DateProblem {
  readonly problem: "invalid-day" | "invalid-month" | "invalid-year";
  /** Index into the prepared text. */
  readonly at: number;
}

const BLANK = "(?:[._…-]+ ?)?";
const D = "(?<d>\\d{1,2})";
const M = "(?<m>\\d{1,2})";
const Y = "(?<y>\\d{4})";

interface DatePattern {
  readonly source: string;
  readonly yearly: boolean;
}

// "ngày 22 / tháng 01 / năm 2024": a form's slashes left between the words when its blanks were filled in.
const SLASH = "(?:/ ?)?";

// Folded text: "ngày" is "ngay", "tháng" is "thang", "năm" is "nam". In word
// forms "ngày" labels the day, as "tháng" and "năm" label month and year, so it
// belongs to the date; before digits ("ngày 21/02/2024") it does not. ISO dates
// ("2025-08-20", as web pages and exported metadata give them) put the year first.
const PATTERNS: readonly DatePattern[] = [
  { source: `${B}(?:ngay ?)?${D} ?${SLASH}thang ?${M} ?${SLASH},? ?(?:nam ?)?${Y}${E}`, yearly: false },
  { source: `${B}${Y}-${M}-${D}(?:${E}|(?=t\\d))`, yearly: false },
  { source: `${B}ngay ?${BLANK}thang ?${M} ?,? ?nam ?${Y}${E}`, yearly: false },
  { source: `${B}ngay ?${BLANK}thang ?${BLANK}nam ?${Y}${E}`, yearly: false },
  { source: `${B}ngay ?${BLANK}/ ?${M} ?/ ?${Y}${E}`, yearly: false },
  { source: `${B}${D} ?(?<s>[/.-]) ?${M} ?\\k<s> ?${Y}${E}`, yearly: false },
  { source: `${B}thang ?${M} ?(?:,? ?nam|/|-|\\.) ?${Y}${E}`, yearly: false },
  { source: `${B}(?:ngay ?)?${D} ?thang ?${M}(?! ?,? ?(?:nam ?)?\\d)${E}`, yearly: true },
  { source: `${B}${D} ?[/-] ?${M}(?! ?[/.-] ?\\d)${E}`, yearly: true },
];

const SEARCH = PATTERNS.map((p) => ({ re: new RegExp(p.source, "gud"), yearly: p.yearly }));
const STICKY = PATTERNS.map((p) => ({ re: new RegExp(p.source, "yud"), yearly: p.yearly }));

/** Options for the date matchers. */
export interface MatchDateOptions {
  /** Accept a day and month with no year ("10-10"); default true. */
  readonly yearly?: boolean;
}

function toMatch(m: RegExpExecArray): DateMatch {
  const groups = m.groups ?? {};
  const at = m.indices?.groups ?? {};
  const num = (v: string | undefined) => (v === undefined ? undefined : Number.parseInt(v, 10));
  return {
    start: m.index,
    end: m.index + m[0].length,
    day: num(groups.d),
    month: num(groups.m),
    year: num(groups.y),
    dayAt: at.d?.[0] ?? m.index,
    monthAt: at.m?.[0] ?? m.index,
    yearAt: at.y?.[0] ?? m.index,
  };
}

function better(a: DateMatch | undefined, b: DateMatch): boolean {
  return a === undefined || b.start < a.start || (b.start === a.start && b.end > a.end);
}

/** The first date in `prepared.text` at or after `from` (longest when several start together). */
export function findDate(
  prepared: PreparedText,
  from = 0,
  options: MatchDateOptions = {},
): DateMatch | undefined {
  let best: DateMatch | undefined;
  for (const { re, yearly } of SEARCH) {
    if (yearly && options.yearly === false) continue;
    re.lastIndex = from;
    const m = re.exec(prepared.text);
    if (m) {
      const match = toMatch(m);
      if (better(best, match)) best = match;
    }
  }
  return best;
}

/** A date starting exactly at `at` (a leading "ngày" before digits is skipped). */
export function matchDateAt(
  prepared: PreparedText,
  at: number,
  options: MatchDateOptions = {},
): DateMatch | undefined {
  const starts = [at];
  if (prepared.text.startsWith("ngay ", at)) starts.push(at + 5);
  let best: DateMatch | undefined;
  for (const start of starts) {
    for (const { re, yearly } of STICKY) {
      if (yearly && options.yearly === false) continue;
      re.lastIndex = start;
      const m = re.exec(prepared.text);
      if (m && (best === undefined || m.index + m[0].length > best.end)) best = toMatch(m);
    }
  }
  return best;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in `month` (1–12) of `year`; a year-less date allows 29 February. */
export function daysInMonth(year: number | undefined, month: number): number {
  if (month === 2) return year === undefined || isLeap(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** What is wrong with a matched date, or `undefined` when it exists. */
export function checkDate(match: DateMatch): DateProblem | undefined {
  const { day, month, year } = match;
  if (month !== undefined && (month < 1 || month > 12))
    return { problem: "invalid-month", at: match.monthAt };
  if (day !== undefined && (day < 1 || day > daysInMonth(year, month ?? 1))) {
    return { problem: "invalid-day", at: match.dayAt };
  }
  if (year !== undefined && (year < 1945 || year > 2100))
    return { problem: "invalid-year", at: match.yearAt };
  return undefined;
}

/** The matched date as a PartialDate, or `undefined` when it has no year. */
export function toPartialDate(prepared: PreparedText, match: DateMatch): PartialDate | undefined {
  if (match.year === undefined) return undefined;
  return {
    year: match.year,
    ...(match.month !== undefined && { month: match.month }),
    ...(match.day !== undefined && { day: match.day }),
    raw: quote(prepared, match.start, match.end),
  };
}

/** Patterns the date parser accepts, for `ParseFailure.expected`. */
export const DATE_FORMS: readonly string[] = [
  "dd/mm/yyyy",
  "yyyy-mm-dd",
  "ngày dd tháng mm năm yyyy",
  "ngày tháng mm năm yyyy",
  "tháng mm năm yyyy",
  "dd-mm",
];
