import type { PartialDate } from "../../model/PartialDate";
import { checkDate, type DateMatch, daysInMonth, findDate, matchDateAt } from "./matchDate";
import { displayText, type PreparedText, quote } from "./prepareText";
import type { SegmentOptions, SegmentProblem, SegmentResult } from "./SegmentResult";

const DEADLINE =
  /^(?:(?:hoan thanh|thuc hien|xong|ket thuc|trien khai|gui|nop|ban hanh|bao cao)(?: [^,;()]{0,80}?)? )?(?<kw>cham nhat(?: la)?|truoc|khong qua|khong muon hon|han chot|han cuoi) (?:trong |vao )?/d;
const RANGE_START = /^tu (?=ngay|\d)/;
const RANGE_JOIN = / ?(?:den|toi|-) ?/y;
const OCCASION_LEAD = /^(?:(?:nhan|vao|trong|dip)(?: dip)? )?/;

/** A date with a year, the options' year filling a year-less one. */
function datedPart(
  prepared: PreparedText,
  match: DateMatch,
  options: SegmentOptions,
): { ok: true; date: PartialDate } | { ok: false; code: SegmentProblem; at: number } {
  const problem = checkDate(match);
  if (problem) {
    const code = problem.problem === "invalid-year" ? "timeframe.invalid-year" : "timeframe.invalid-date";
    return { ok: false, code, at: problem.at };
  }
  const year = match.year ?? options.year;
  if (year === undefined) return { ok: false, code: "timeframe.missing-year", at: match.start };
  if (match.day !== undefined && match.day > daysInMonth(year, match.month ?? 1)) {
    return { ok: false, code: "timeframe.invalid-date", at: match.dayAt };
  }
  return {
    ok: true,
    date: {
      year,
      ...(match.month !== undefined && { month: match.month }),
      ...(match.day !== undefined && { day: match.day }),
      raw: quote(prepared, match.start, match.end),
    },
  };
}

function dayNumber(date: PartialDate, last: boolean): number {
  const month = date.month ?? (last ? 12 : 1);
  const day = date.day ?? (last ? 31 : 1);
  return date.year * 10000 + month * 100 + day;
}

/** Deadlines, date ranges and yearly dates: the forms built on a date, read from prepared text `[s, e)` whose quote is `raw`. */
export function matchDatedTimeframe(
  prepared: PreparedText,
  s: number,
  e: number,
  raw: string,
  options: SegmentOptions,
): SegmentResult {
  const seg = prepared.text.slice(s, e);

  const deadline = DEADLINE.exec(seg);
  if (deadline) {
    const date = matchDateAt(prepared, s + deadline[0].length);
    if (date && date.end === e) {
      const by = datedPart(prepared, date, options);
      if (!by.ok) return by;
      return {
        ok: true,
        value: { kind: "deadline", by: by.date, exclusive: deadline.groups?.kw === "truoc", raw },
      };
    }
  }

  const rangeStart = RANGE_START.exec(seg);
  if (rangeStart) {
    const first = matchDateAt(prepared, s + rangeStart[0].length);
    if (first) {
      RANGE_JOIN.lastIndex = first.end;
      const join = RANGE_JOIN.exec(prepared.text);
      const second = join ? matchDateAt(prepared, first.end + join[0].length) : undefined;
      if (second && second.end === e) {
        const endPart = datedPart(prepared, second, options);
        if (!endPart.ok) return endPart;
        const startPart = datedPart(prepared, first, { year: second.year ?? options.year });
        if (!startPart.ok) return startPart;
        if (dayNumber(startPart.date, false) > dayNumber(endPart.date, true)) {
          return { ok: false, code: "timeframe.invalid-range", at: second.start };
        }
        return { ok: true, value: { kind: "dateRange", start: startPart.date, end: endPart.date, raw } };
      }
    }
  }

  // "ngày 10/10 hằng năm": the yearly date may say that it recurs.
  const recurs = / hang nam$/.exec(seg);
  const dateEnd = recurs ? e - recurs[0].length : e;
  for (let from = s; from < dateEnd; ) {
    const date = findDate(prepared, from);
    if (!date || date.start >= dateEnd) break;
    if (date.end === dateEnd && date.year === undefined) {
      const problem = checkDate(date);
      if (problem) return { ok: false, code: "timeframe.invalid-date", at: problem.at };
      const lead = prepared.text.slice(s, date.start).trim();
      const leadWord = OCCASION_LEAD.exec(lead)?.[0] ?? "";
      if (lead !== "" && leadWord === "" && !lead.startsWith("ngay")) break;
      const occasionStart = s + leadWord.length;
      const occasionText = displayText(prepared, occasionStart, date.start);
      const occasion =
        occasionText === "" || prepared.text.slice(occasionStart, date.start).trim() === "ngay"
          ? undefined
          : occasionText;
      return {
        ok: true,
        value: {
          kind: "yearlyDate",
          month: date.month ?? 1,
          day: date.day ?? 1,
          ...(occasion !== undefined && { occasion }),
          raw,
        },
      };
    }
    from = date.start + 1;
  }
  return undefined;
}
