import type { SimpleTimeframe, Timeframe } from "../model/Timeframe";
import { matchFrequency } from "./_lib/matchFrequency";
import { matchTimeframeSegment, trimSegment } from "./_lib/matchTimeframeSegment";
import { type PreparedText, prepareText, quote } from "./_lib/prepareText";
import { fail, guard, succeed } from "./_lib/result";
import type { SegmentResult } from "./_lib/SegmentResult";
import type { ParseResult } from "./ParseResult";

/** Options of {@link parseTimeframe}. */
export interface ParseTimeframeOptions {
  /** The plan's year, used for phrases that name none ("Quý I", "6 tháng cuối năm"). Default: none, and such phrases fail. */
  readonly year?: number;
}

const EXPECTED = [
  "Thường xuyên (trong năm)",
  "Trong năm 2024",
  "giai đoạn 2021 - 2025, định hướng đến năm 2030",
  "Quý I/2024",
  "Trong Quý II, III năm 2024",
  "tháng 3, 4 năm 2024",
  "6 tháng đầu năm 2024",
  "từ ngày 01/3/2024 đến ngày 30/4/2024",
  "Chậm nhất ngày 20/04/2024",
  "trước tháng 11 năm 2024",
  "nhân ngày Chuyển đổi số quốc gia 10-10",
  "khi có hướng dẫn của cấp trên",
];

// "giai đoạn 2021–2025", "năm 2019 - 2020", "2022-2025", "từ năm 2021 đến năm 2025", with "định hướng đến năm
// 2030" or "và tầm nhìn đến năm 2030" (folded, dashes as "-").
const YEARS =
  /^(?:(?:trong |thuc hien )?giai doan )?(?:tu )?(?:(?:cac )?nam )?(\d{4})(?: ?- ?| den (?:nam )?)(\d{4})(?: ?[,;]? ?(?:va )?(?:dinh huong|tam nhin) (?:den )?(?:nam )?(\d{4}))?\.?$/;

const LABEL = /^(?:thoi gian|thoi han)[^:]{0,60}: ?/;
const CONNECTOR = /, |; | va | dong thoi /y;
const MAX_PIECES = 12;

/** Splits `[start, end)` at top-level connectors and around parenthesised groups. */
function pieces(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let pieceStart = start;
  let depth = 0;
  const close = (at: number, next: number) => {
    if (text.slice(pieceStart, at).trim() !== "") out.push([pieceStart, at]);
    pieceStart = next;
  };
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (ch === "(") {
      if (depth === 0) close(i, i);
      depth++;
    } else if (ch === ")" && depth > 0) {
      depth--;
      if (depth === 0) close(i + 1, i + 1);
    } else if (depth === 0) {
      CONNECTOR.lastIndex = i;
      const m = CONNECTOR.exec(text);
      if (m && i + m[0].length <= end) {
        close(i, i + m[0].length);
        i += m[0].length - 1;
      }
    }
  }
  close(end, end);
  return out;
}

type Problem = Extract<SegmentResult, { ok: false }>;

/** The fewest consecutive groups of pieces that each read as a simple timeframe. */
function splitCompound(
  prepared: PreparedText,
  parts: readonly [number, number][],
  year: number | undefined,
): { parts: SimpleTimeframe[] } | { problem: Problem | undefined } {
  const n = parts.length;
  const best: ({ count: number; from: number; value: SimpleTimeframe } | undefined)[] = new Array(n + 1);
  let problem: Problem | undefined;
  for (let j = 1; j <= n; j++) {
    for (let i = 0; i < j; i++) {
      if (i > 0 && !best[i]) continue;
      const group = matchTimeframeSegment(prepared, parts[i]?.[0] ?? 0, parts[j - 1]?.[1] ?? 0, { year });
      if (!group) continue;
      if (!group.ok) {
        problem ??= group;
        continue;
      }
      const count = (i === 0 ? 0 : (best[i]?.count ?? 0)) + 1;
      const current = best[j];
      if (!current || count < current.count) best[j] = { count, from: i, value: group.value };
    }
  }
  if (!best[n]) return { problem };
  const out: SimpleTimeframe[] = [];
  for (let j = n; j > 0; ) {
    const step = best[j];
    if (!step) break;
    out.unshift(step.value);
    j = step.from;
  }
  return { parts: out };
}

/**
 * Reads when an activity happens (thời gian thực hiện) from a Vietnamese
 * phrase.
 *
 * Knows every form in the plans: continuous ("Thường xuyên (trong năm)"), a
 * year ("Trong năm 2024"), several years ("giai đoạn 2021–2025", "năm 2019 -
 * 2020", "2022-2025", "từ năm 2021 đến năm 2025", any dash and spacing;
 * "định hướng đến năm 2030" or "và tầm nhìn đến năm 2030" as the
 * horizon; an end before its start fails with `timeframe.invalid-range`), quarters ("Quý I/2024", "Trong Quý II, III năm
 * 2024"), months ("tháng 3, 4 năm 2024"), halves ("6 tháng đầu năm 2024"),
 * date ranges ("từ ngày 01/3/2024 đến ngày 30/4/2024"), deadlines ("Chậm nhất
 * ngày 20/04/2024" inclusive, "trước tháng 11 năm 2024" exclusive), yearly
 * dates ("nhân ngày Chuyển đổi số quốc gia 10-10", the occasion as written),
 * triggers ("khi có hướng dẫn của cấp trên", the whole phrase as the
 * condition), and compounds of these joined by "và", commas or a
 * parenthesis. A label such as "Thời gian thực hiện:" is skipped. Frequencies
 * ("Mỗi tuần/1 lần") fail with `timeframe.is-a-frequency`: read them with
 * `parseFrequency`.
 *
 * @param text - the phrase, in NFC or NFD, possibly wrapped over lines or with markup
 * @param options - see {@link ParseTimeframeOptions}
 * @returns the timeframe with `raw` set to the phrase as written (markup and
 *   line breaks removed), or a failure: `timeframe.empty`,
 *   `timeframe.unrecognised`, `timeframe.is-a-frequency`,
 *   `timeframe.invalid-quarter`, `timeframe.invalid-month`,
 *   `timeframe.invalid-date`, `timeframe.invalid-year`,
 *   `timeframe.invalid-range` or `timeframe.missing-year`
 * @example
 * parseTimeframe("Trong Quý II, III năm 2024")
 * // { ok: true, value: { kind: "quarters", year: 2024, quarters: [2, 3], raw: "Trong Quý II, III năm 2024" } }
 * parseTimeframe("Quý I", { year: 2024 })
 * // { ok: true, value: { kind: "quarters", year: 2024, quarters: [1], raw: "Quý I" } }
 * parseTimeframe("giai đoạn 2021–2025, định hướng đến năm 2030")
 * // { ok: true, value: { kind: "years", start: 2021, end: 2025, horizon: 2030, raw: "giai đoạn 2021–2025, định hướng đến năm 2030" } }
 * parseTimeframe("Mỗi tuần/1 lần").ok // false: code "timeframe.is-a-frequency"
 */
export function parseTimeframe(text: string, options: ParseTimeframeOptions = {}): ParseResult<Timeframe> {
  const year = options.year;
  // A year the model refuses (1900, 2024.5) is read as none: a phrase that needs it fails invalid-year.
  if (year !== undefined && !(Number.isInteger(year) && year >= 1945 && year <= 2100)) {
    const result = readTimeframe(text, {});
    return !result.ok && result.error.code === "timeframe.missing-year"
      ? fail("timeframe.invalid-year", result.error.input, result.error.position, [
          "a year from 1945 to 2100",
        ])
      : result;
  }
  return readTimeframe(text, options);
}

function readTimeframe(text: string, options: ParseTimeframeOptions): ParseResult<Timeframe> {
  return guard(text, { empty: "timeframe.empty", internal: "timeframe.internal-error" }, (input) => {
    const prepared = prepareText(input);
    const [first, last] = trimSegment(prepared.text, 0, prepared.text.length);
    const label = LABEL.exec(prepared.text.slice(first, last));
    const [start, end] = trimSegment(prepared.text, first + (label?.[0].length ?? 0), last);
    if (start >= end) return fail("timeframe.empty", input, 0, EXPECTED);
    const year = options.year;
    const at = (index: number) => prepared.offsets[index] ?? 0;

    const years = YEARS.exec(prepared.text.slice(start, end));
    if (years) {
      const [from, to, horizon] = [years[1], years[2], years[3]].map((y) => (y ? Number(y) : undefined));
      const inRange = (y: number | undefined) => y === undefined || (y >= 1945 && y <= 2100);
      if (!inRange(from) || !inRange(to) || !inRange(horizon))
        return fail("timeframe.invalid-year", input, at(start), EXPECTED);
      // An end before the start is not a range: reported, not guessed at.
      if ((to as number) < (from as number) || (horizon !== undefined && horizon < (to as number)))
        return fail("timeframe.invalid-range", input, at(start), EXPECTED);
      return succeed({
        kind: "years",
        start: from as number,
        end: to as number,
        ...(horizon !== undefined ? { horizon } : {}),
        raw: quote(prepared, start, end),
      });
    }

    const whole = matchTimeframeSegment(prepared, start, end, { year });
    if (whole?.ok) return succeed(whole.value);

    const split = pieces(prepared.text, start, end);
    let problem = whole;
    if (split.length > 1 && split.length <= MAX_PIECES) {
      const compound = splitCompound(prepared, split, year);
      if ("parts" in compound && compound.parts.length > 1) {
        return succeed({ kind: "compound", parts: compound.parts, raw: quote(prepared, start, end) });
      }
      if ("problem" in compound) problem ??= compound.problem;
    }
    if (problem) return fail(problem.code, input, at(problem.at), EXPECTED);

    const frequency = matchFrequency(prepared);
    if (frequency?.ok) {
      return fail("timeframe.is-a-frequency", input, at(frequency.start), ["a timeframe, not a frequency"]);
    }
    return fail("timeframe.unrecognised", input, at(start), EXPECTED);
  });
}
