import type { Frequency, OutputUnit, Quota, RecurrenceUnit, Timeframe } from "@parcomms/core";
import { citedDate, dayNumber, slashDate } from "./days";
import type { LearnedFrequency, LearnedQuota } from "./LevelDistribution";
import type { Rng } from "./Rng";
import { sharedCache } from "./shared";

const ROMAN = ["I", "II", "III", "IV"] as const;
const roman = (q: number) => ROMAN[q - 1] ?? String(q);

/** "Quý I/2024" (003:348), "Trong Quý II, III năm 2024" (000:97). */
export function quartersTimeframe(year: number, quarters: readonly number[]): Timeframe {
  const raw =
    quarters.length === 1
      ? `Quý ${roman(quarters[0] ?? 1)}/${year}`
      : `Trong Quý ${quarters.map(roman).join(", ")} năm ${year}`;
  return { kind: "quarters", year, quarters: [...quarters], raw };
}

const timeframes = sharedCache<Timeframe>();

/** The one compound seen (001:162): continuously, and whenever procedures change. */
const COMPOUND: Timeframe = {
  kind: "compound",
  parts: [
    { kind: "continuous", raw: "Thường xuyên" },
    { kind: "trigger", condition: "thực hiện khi có sự thay đổi về TTHC" },
  ],
  raw: "Thường xuyên (thực hiện khi có sự thay đổi về TTHC)",
};

/**
 * A timeframe of a given kind inside the plan's year, worded as the real
 * plans word it; `undefined` for "none". Deadlines fall between a month
 * after the plan's issue and the end of the year. Timeframes are shared
 * between plans and frozen.
 */
export function makeTimeframe(kind: string, year: number, issueDay: number, rng: Rng): Timeframe | undefined {
  const last = dayNumber(year, 12, 31);
  switch (kind) {
    case "continuous": {
      const raw = rng.chance(0.5) ? "Thường xuyên" : "Thường xuyên trong năm";
      return timeframes(["continuous", raw], () => ({ kind: "continuous", raw }));
    }
    case "year":
      return timeframes(["year", year], () => ({ kind: "year", year, raw: `Trong năm ${year}` }));
    case "halves": {
      const half = rng.int(1, 2) as 1 | 2;
      return timeframes(["halves", year, half], () => ({
        kind: "halves",
        year,
        halves: [half],
        raw: `6 tháng ${half === 1 ? "đầu" : "cuối"} năm ${year}`,
      }));
    }
    case "quarters": {
      const first = rng.int(1, 4);
      const end = Math.min(4, first + rng.int(0, 1));
      return timeframes(["quarters", year, first, end], () =>
        quartersTimeframe(
          year,
          Array.from({ length: end - first + 1 }, (_, i) => first + i),
        ),
      );
    }
    case "months": {
      const month = rng.int(1, 12);
      return timeframes(["months", year, month], () => ({
        kind: "months",
        year,
        months: [month],
        raw: `Tháng ${month} năm ${year}`,
      }));
    }
    case "dateRange": {
      const start = rng.int(dayNumber(year, 1, 1), dayNumber(year, 12, 1));
      const end = Math.min(start + rng.int(7, 60), last);
      return timeframes(["dateRange", start, end], () => ({
        kind: "dateRange",
        start: citedDate(start),
        end: citedDate(end),
        raw: `Từ ngày ${slashDate(start)} đến ngày ${slashDate(end)}`,
      }));
    }
    case "deadline": {
      const by = rng.int(Math.min(issueDay + 30, last), last);
      return timeframes(["deadline", by], () => ({
        kind: "deadline",
        by: citedDate(by),
        exclusive: false,
        raw: `Chậm nhất ngày ${slashDate(by)}`,
      }));
    }
    case "yearlyDate":
      return timeframes(["yearlyDate"], () => ({
        kind: "yearlyDate",
        month: 10,
        day: 10,
        occasion: "ngày Chuyển đổi số quốc gia",
        raw: "nhân ngày Chuyển đổi số quốc gia 10-10",
      }));
    case "trigger":
      return timeframes(["trigger"], () => ({
        kind: "trigger",
        condition: "khi có hướng dẫn của cấp trên",
        raw: "Khi có hướng dẫn của cấp trên",
      }));
    case "compound":
      return timeframes(["compound"], () => COMPOUND);
    default:
      return undefined;
  }
}

const OUTPUT_WORDS: Readonly<Record<OutputUnit, string>> = {
  article: "tin/bài",
  issue: "kỳ",
  occurrence: "lần",
  video: "video",
  event: "sự kiện",
  product: "sản phẩm",
};
const UNIT_WORDS: Readonly<Record<RecurrenceUnit, string>> = {
  day: "ngày",
  week: "tuần",
  month: "tháng",
  quarter: "quý",
  "half-year": "6 tháng",
  year: "năm",
};
const pad = (n: number) => String(n).padStart(2, "0");

/** A learned frequency with its wording: "Mỗi tháng 01 kỳ" (003:374). */
export function frequencyWithRaw(f: LearnedFrequency): Frequency {
  const every = f.interval > 1 ? `${f.interval} ${UNIT_WORDS[f.per]}` : UNIT_WORDS[f.per];
  return { ...f, raw: `Mỗi ${every} ${pad(f.count)} ${OUTPUT_WORDS[f.output ?? "occurrence"]}` };
}

/** A learned quota with its wording: "ít nhất 01 tin/bài mỗi quý" (002:91). */
export function quotaWithRaw(q: LearnedQuota): Quota {
  const comparator = q.comparator === "atLeast" ? "ít nhất " : q.comparator === "atMost" ? "tối đa " : "";
  return { ...q, raw: `${comparator}${pad(q.count)} ${OUTPUT_WORDS[q.output]} mỗi ${UNIT_WORDS[q.per]}` };
}
