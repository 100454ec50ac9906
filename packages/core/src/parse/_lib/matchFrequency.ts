import type { Frequency, OutputUnit, Quota, RecurrenceUnit } from "../../model/Frequency";
import { type PreparedText, quote } from "./prepareText";
import { WORD_START as B, WORD_END as E } from "./regexParts";

/** A frequency or quota found in prepared text, or why one that was begun is incomplete. */
export type FrequencyMatch =
  | { readonly ok: true; readonly value: Frequency | Quota; readonly start: number }
  | {
      readonly ok: false;
      readonly problem: "no-count" | "no-period" | "invalid-count" | "invalid-interval";
      readonly at: number;
    };

/**
 * A count: a whole run of digits, so that "1000000 lần" is read as one
 * number (and refused) rather than as "lần" with its digits skipped; the run
 * is bounded, so a long one costs no backtracking.
 */
const COUNT = "(?:(?<!\\d)\\d{1,12}|mot|hai|ba|bon|sau|muoi hai|muoi)";
/** The most a frequency or quota may count per period: more is a typing slip, not a plan. */
export const MAX_COUNT = 999;
/** The longest interval, in its unit, between two occurrences ("99 tuần/1 lần"). */
const INTERVAL = "(?:(?<!\\d)\\d{1,12}|mot|hai|ba|sau)";
const MAX_INTERVAL = 99;
const UNIT = "(?:6 thang|sau thang|nua nam|ngay|tuan|thang|quy|nam)";
const OUTPUT =
  "(?:tin ?[/,] ?bai|tin bai|bai viet|chuyen muc|hoi nghi|su kien|san pham|an pham|tin|bai|ky|lan|dot|video|clip|cuoc|buoi|lop)";
const COMPARATOR = "(?:it nhat|toi thieu|khong it hon|toi da|khong qua|khong vuot qua|khong nhieu hon)";
const EVERY = "(?:moi|hang|tung)";
const CONNECT = "(?:/|moi|hang|trong|tren|mot)";

const re = (source: string) => new RegExp(source, "gud");

// Quota with its period right after the output: "tối thiểu 12 tin/bài trong năm".
const QUOTA_INLINE = re(
  `${B}(?<cmp>${COMPARATOR}) (?:(?<c>${COUNT}) )?(?<o>${OUTPUT}) ?,? ?${CONNECT} ?(?:(?:1|mot) )?(?<u>${UNIT})${E}`,
);
// Quota whose period stands elsewhere: "Hàng quý, các Sở … có ít nhất 01 tin/bài".
const QUOTA_BARE = re(`${B}(?<cmp>${COMPARATOR}) (?:(?<c>${COUNT}) )?(?<o>${OUTPUT})${E}`);
const PERIOD = re(`${B}(?:dinh ky )?(?:hang|moi|tung|trong) (?<u>${UNIT})${E}`);

const FREQUENCIES = [
  // "Mỗi tuần/1 lần"
  re(`${B}${EVERY} (?<u>${UNIT}) ?/ ?(?<c>${COUNT}) ?(?<o>${OUTPUT})?${E}`),
  // "Mỗi tháng 01 kỳ", "mỗi quý 01 lần"
  re(`${B}${EVERY} (?<u>${UNIT}) ?,? (?<c>${COUNT}) (?<o>${OUTPUT})${E}`),
  // "01 lần/1 tháng", "2 lần/tuần", "02 tin/bài mỗi tháng"
  re(`${B}(?<c>${COUNT}) (?<o>${OUTPUT}) ?,? ?${CONNECT} ?(?:(?<n>${INTERVAL}) )?(?<u>${UNIT})${E}`),
  // "2 tuần/1 lần", "6 tháng một lần", "6 tháng/lần"
  re(
    `${B}(?:moi )?(?<n>${INTERVAL}) (?<u>${UNIT}) ?(?:/ ?(?<c>${COUNT})? ?|(?<c2>${COUNT}) )(?<o>${OUTPUT})${E}`,
  ),
  // "hàng tuần", "hằng tháng", "định kỳ hàng quý"
  re(`${B}(?:dinh ky )?${EVERY} (?<u>${UNIT})${E}`),
];

const COUNT_ONLY = re(`${B}(?<c>${COUNT}) (?<o>${OUTPUT})${E}`);
const OUTPUT_PER_UNIT = re(`${B}(?<o>${OUTPUT}) ?/ ?(?<u>${UNIT})${E}`);

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  mot: 1,
  hai: 2,
  ba: 3,
  bon: 4,
  sau: 6,
  muoi: 10,
  "muoi hai": 12,
};

function toNumber(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  return /^\d+$/.test(word) ? Number.parseInt(word, 10) : NUMBER_WORDS[word];
}

function toUnit(word: string): RecurrenceUnit {
  if (word === "ngay") return "day";
  if (word === "tuan") return "week";
  if (word === "thang") return "month";
  if (word === "quy") return "quarter";
  if (word === "nam") return "year";
  return "half-year";
}

function toOutput(word: string): OutputUnit {
  if (/^(?:tin|bai)/.test(word)) return "article";
  if (word === "ky" || word === "chuyen muc") return "issue";
  if (word === "lan" || word === "dot") return "occurrence";
  if (word === "video" || word === "clip") return "video";
  if (word === "san pham" || word === "an pham") return "product";
  return "event";
}

function toComparator(word: string): Quota["comparator"] {
  return /^(?:it nhat|toi thieu|khong it hon)$/.test(word) ? "atLeast" : "atMost";
}

// "6 tháng/lần" is every half-year, "3 tháng" every quarter: the calendar's own periods.
function normalisePeriod(per: RecurrenceUnit, interval: number): { per: RecurrenceUnit; interval: number } {
  if (per !== "month") return { per, interval };
  if (interval === 3) return { per: "quarter", interval: 1 };
  if (interval === 6) return { per: "half-year", interval: 1 };
  if (interval === 12) return { per: "year", interval: 1 };
  return { per, interval };
}

function first(pattern: RegExp, text: string, from = 0): RegExpExecArray | null {
  pattern.lastIndex = from;
  return pattern.exec(text);
}

function earliest(patterns: readonly RegExp[], text: string): RegExpExecArray | undefined {
  let best: RegExpExecArray | undefined;
  for (const pattern of patterns) {
    const m = first(pattern, text);
    if (m && (!best || m.index < best.index || (m.index === best.index && m[0].length > best[0].length))) {
      best = m;
    }
  }
  return best;
}

function groupAt(m: RegExpExecArray, name: string): number {
  return m.indices?.groups?.[name]?.[0] ?? m.index;
}

function findQuota(prepared: PreparedText): FrequencyMatch | undefined {
  const { text } = prepared;
  const inline = first(QUOTA_INLINE, text);
  const bare = first(QUOTA_BARE, text);
  const m = inline && (!bare || inline.index <= bare.index) ? inline : bare;
  if (!m) return undefined;
  const g = m.groups ?? {};
  const count = toNumber(g.c);
  if (count === undefined) return { ok: false, problem: "no-count", at: groupAt(m, "o") };
  if (count > MAX_COUNT) return { ok: false, problem: "invalid-count", at: groupAt(m, "c") };
  let start = m.index;
  let end = m.index + m[0].length;
  let unit = g.u;
  if (unit === undefined) {
    // The period is said elsewhere in the sentence: take the nearest one before, else after.
    let before: RegExpExecArray | undefined;
    let after: RegExpExecArray | undefined;
    PERIOD.lastIndex = 0;
    for (let p = PERIOD.exec(text); p; p = PERIOD.exec(text)) {
      if (p.index + p[0].length <= m.index) before = p;
      else if (p.index >= end && !after) after = p;
    }
    const period = before ?? after;
    if (!period) return { ok: false, problem: "no-period", at: end };
    unit = period.groups?.u;
    start = Math.min(start, period.index);
    end = Math.max(end, period.index + period[0].length);
  }
  if (unit === undefined) return { ok: false, problem: "no-period", at: end };
  const value: Quota = {
    kind: "quota",
    comparator: toComparator(g.cmp ?? ""),
    count,
    output: toOutput(g.o ?? ""),
    per: toUnit(unit),
    raw: quote(prepared, start, end),
  };
  return { ok: true, value, start };
}

/**
 * The first frequency (tần suất) or quota (chỉ tiêu) in prepared text: a
 * quota when a comparator such as "ít nhất" is said, else the earliest
 * frequency phrase.
 */
export function matchFrequency(prepared: PreparedText): FrequencyMatch | undefined {
  const { text } = prepared;
  const quota = findQuota(prepared);
  if (quota) return quota;
  const m = earliest(FREQUENCIES, text);
  if (m) {
    const g = m.groups ?? {};
    const count = toNumber(g.c ?? g.c2) ?? 1;
    if (count < 1 || count > MAX_COUNT)
      return { ok: false, problem: "invalid-count", at: groupAt(m, g.c === undefined ? "c2" : "c") };
    // "0 tuần 1 lần" is no interval at all: read as 0 it made a rate of Infinity a year.
    const every = toNumber(g.n) ?? 1;
    if (every < 1 || every > MAX_INTERVAL)
      return { ok: false, problem: "invalid-interval", at: groupAt(m, "n") };
    const { per, interval } = normalisePeriod(toUnit(g.u ?? ""), every);
    const value: Frequency = {
      kind: "frequency",
      count,
      per,
      interval,
      ...(g.o !== undefined && { output: toOutput(g.o) }),
      raw: quote(prepared, m.index, m.index + m[0].length),
    };
    return { ok: true, value, start: m.index };
  }
  const noCount = first(OUTPUT_PER_UNIT, text);
  if (noCount) return { ok: false, problem: "no-count", at: noCount.index };
  const noPeriod = first(COUNT_ONLY, text);
  if (noPeriod) return { ok: false, problem: "no-period", at: noPeriod.index + noPeriod[0].length };
  return undefined;
}
