import { matchDatedTimeframe } from "./matchDatedTimeframe";
import { displayText, type PreparedText, quote } from "./prepareText";
import type { SegmentOptions, SegmentResult } from "./SegmentResult";

const TRAILING = /[\s.;,:]/;

/** Narrows `[start, end)` past white space, bullets, trailing punctuation and enclosing parentheses. */
export function trimSegment(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  for (;;) {
    const before = [s, e];
    while (s < e && /[\s\-+]/.test(text[s] as string)) s++;
    while (e > s && TRAILING.test(text[e - 1] as string)) e--;
    if (text[s] === "(" && text[e - 1] === ")" && balanced(text.slice(s + 1, e - 1))) {
      s++;
      e--;
    }
    if (before[0] === s && before[1] === e) return [s, e];
  }
}

function balanced(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === "(") depth++;
    else if (ch === ")" && --depth < 0) return false;
  }
  return depth === 0;
}

const ROMAN: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10, l: 50 };

function romanValue(token: string): number | undefined {
  if (/^\d+$/.test(token)) return Number.parseInt(token, 10);
  if (!/^[ivxl]+$/.test(token) || /(.)\1{3}/.test(token)) return undefined;
  let total = 0;
  for (let i = 0; i < token.length; i++) {
    const value = ROMAN[token[i] as string] ?? 0;
    const next = ROMAN[token[i + 1] as string] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

const LIST_TOKEN = /[ivxl]+|\d{1,2}|-|den/g;

/** Values of a list such as "II, III", "I - IV", "3, 4", with the index of each token. */
function listValues(list: string, at: number, roman: boolean): { value: number | undefined; at: number }[] {
  const out: { value: number | undefined; at: number }[] = [];
  let range = false;
  LIST_TOKEN.lastIndex = 0;
  for (let m = LIST_TOKEN.exec(list); m; m = LIST_TOKEN.exec(list)) {
    if (m[0] === "-" || m[0] === "den") {
      range = out.length > 0;
      continue;
    }
    const value = roman ? romanValue(m[0]) : Number.parseInt(m[0], 10);
    const prev = out[out.length - 1]?.value;
    if (range && prev !== undefined && value !== undefined && value > prev && value - prev <= 12) {
      for (let v = prev + 1; v < value; v++) out.push({ value: v, at: at + m.index });
    }
    out.push({ value, at: at + m.index });
    range = false;
  }
  return out;
}

function unique(values: readonly number[]): number[] {
  return [...new Set(values)];
}

const SEP = "(?:,|va|&|-|den)";
const YEAR_TAIL = "(?: ?(?:/|-|,? ?nam|,) ?(?<y>\\d{4}))?";
const CONTINUOUS =
  /^(?:(?:dinh ky (?:va |, ?))?(?:thuong xuyen|lien tuc)(?: (?:va |, ?)dinh ky)?(?: ?\(? ?(?:trong|ca|suot) nam(?: (?<y>\d{4}))? ?\)?)?|(?:ca|suot) nam(?: (?<y2>\d{4}))?)$/d;
const YEAR = /^(?:trong |ca |vao )?nam (?<y>\d{4})$|^trong nam$/d;
const QUARTERS = new RegExp(
  `^(?:trong |vao |cac )?quy (?<list>[ivxl\\d]+(?: ?${SEP} ?(?:quy )?[ivxl\\d]+)*)${YEAR_TAIL}$`,
  "d",
);
const MONTHS = new RegExp(
  `^(?:trong |vao |cac )?(?:tu )?thang (?<list>\\d{1,2}(?: ?(?:${SEP}|toi)(?: het)? ?(?:thang )?\\d{1,2})*)${YEAR_TAIL}$`,
  "d",
);
const HALVES = /^(?:trong )?(?:(?:6|sau) thang|nua) (?<h>dau|cuoi) nam(?: (?<y>\d{4}))?$/d;
const TRIGGER =
  /^(?:(?:thuc hien|trien khai|to chuc|tham gia) )?khi (?<cond>.+)$|^(?<whole>theo yeu cau.*|dot xuat)$/d;

function yearProblem(year: number, at: number): SegmentResult {
  return year < 1945 || year > 2100 ? { ok: false, code: "timeframe.invalid-year", at } : undefined;
}

/**
 * Reads one simple timeframe from prepared text `[start, end)`, which must
 * hold nothing else (after trimming punctuation and parentheses).
 */
export function matchTimeframeSegment(
  prepared: PreparedText,
  start: number,
  end: number,
  options: SegmentOptions = {},
): SegmentResult {
  const [s, e] = trimSegment(prepared.text, start, end);
  if (s >= e) return undefined;
  const seg = prepared.text.slice(s, e);
  const raw = quote(prepared, s, e);

  // Gives the year named at group `name`, else the options' year, else a problem.
  const yearOf = (m: RegExpExecArray, ...names: string[]): number | SegmentResult => {
    for (const name of names) {
      const text = m.groups?.[name];
      if (text !== undefined) {
        const year = Number.parseInt(text, 10);
        return yearProblem(year, s + (m.indices?.groups?.[name]?.[0] ?? 0)) ?? year;
      }
    }
    if (options.year !== undefined) return options.year;
    return { ok: false, code: "timeframe.missing-year", at: s };
  };

  let m = CONTINUOUS.exec(seg);
  if (m) {
    const y = m.groups?.y ?? m.groups?.y2;
    if (y === undefined) return { ok: true, value: { kind: "continuous", raw } };
    const year = yearOf(m, "y", "y2");
    if (typeof year !== "number") return year;
    return { ok: true, value: { kind: "continuous", period: String(year), raw } };
  }

  m = YEAR.exec(seg);
  if (m) {
    const year = yearOf(m, "y");
    if (typeof year !== "number") return year;
    return { ok: true, value: { kind: "year", year, raw } };
  }

  m = QUARTERS.exec(seg);
  if (m) {
    const listAt = s + (m.indices?.groups?.list?.[0] ?? 0);
    const values = listValues(m.groups?.list ?? "", listAt, true);
    const bad = values.find((v) => v.value === undefined || v.value < 1 || v.value > 4);
    if (bad || values.length === 0)
      return { ok: false, code: "timeframe.invalid-quarter", at: bad?.at ?? listAt };
    const year = yearOf(m, "y");
    if (typeof year !== "number") return year;
    return {
      ok: true,
      value: { kind: "quarters", year, quarters: unique(values.map((v) => v.value ?? 0)), raw },
    };
  }

  m = MONTHS.exec(seg);
  if (m) {
    const listAt = s + (m.indices?.groups?.list?.[0] ?? 0);
    const values = listValues((m.groups?.list ?? "").replace(/toi/g, "den"), listAt, false);
    const bad = values.find((v) => v.value === undefined || v.value < 1 || v.value > 12);
    if (bad || values.length === 0)
      return { ok: false, code: "timeframe.invalid-month", at: bad?.at ?? listAt };
    const year = yearOf(m, "y");
    if (typeof year !== "number") return year;
    return {
      ok: true,
      value: { kind: "months", year, months: unique(values.map((v) => v.value ?? 0)), raw },
    };
  }

  m = HALVES.exec(seg);
  if (m) {
    const year = yearOf(m, "y");
    if (typeof year !== "number") return year;
    return { ok: true, value: { kind: "halves", year, halves: [m.groups?.h === "dau" ? 1 : 2], raw } };
  }

  return matchDatedTimeframe(prepared, s, e, raw, options) ?? matchTrigger(prepared, s, e, raw);
}

/** "khi có hướng dẫn của cấp trên": the condition is the whole phrase as written. */
function matchTrigger(prepared: PreparedText, s: number, e: number, raw: string): SegmentResult {
  if (!TRIGGER.test(prepared.text.slice(s, e))) return undefined;
  return { ok: true, value: { kind: "trigger", condition: displayText(prepared, s, e), raw } };
}
