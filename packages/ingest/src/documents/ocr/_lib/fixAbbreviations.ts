import { isVietnameseSyllable } from "../../legacy/_lib/isVietnameseSyllable";

/**
 * Abbreviations of administrative texts one letter apart from another common
 * one ("TTHCC", Trung tâm Hành chính công, beside "TTHC", thủ tục hành chính):
 * a reading of one is never taken for a misreading of the other.
 */
const KNOWN = new Set([
  "BCĐ",
  "CBCC",
  "CBCCVC",
  "CCHC",
  "CCVC",
  "CNTT",
  "HĐND",
  "LĐVP",
  "MTTQ",
  "THCS",
  "THPT",
  "TTHC",
  "TTHCC",
  "TTĐT",
  "UBND",
  "VHTT",
]);

/** The known abbreviations that have a Đ, by their spelling with a D instead, which none of them has. */
const DOTLESS = new Map(
  [...KNOWN].filter((word) => word.includes("Đ")).map((word) => [word.replaceAll("Đ", "D"), word]),
);

/** A word in capitals of three letters or more, standing alone ("CCHC", the "UBND" of "HĐND&UBND"). */
const CAPITALS = /(?<![\p{L}\p{N}])\p{Lu}{3,}(?![\p{L}\p{N}])/gu;
/** Readings shorter than this are left alone: "BND" may be the writer's own ("kết quả BND xã", 000:75). */
const SHORTEST_FIXED = 4;

/** A reading is put right when the word it may be is met at least this often in the document… */
const LEAST_SEEN = 5;
/** …and this many times as often as the reading. */
const TIMES_AS_OFTEN = 2;

/**
 * The entry "VT" (Văn thư, the records office) that opens the "Lưu:" line of
 * the recipients: Nghị định 30/2020/NĐ-CP, Phụ lục I, has every text kept
 * "Lưu: VT, …". OCR reads its T as I (the Vietnamese model's Roman numeral).
 */
const RECORDS_OFFICE = /^(\s*[-–—•+]?\s*Lưu\s*:\s*)V[IỊÌÍĨ1l|!](?=[\s.,;:]|$)/u;

/** One kind of misreading put right: the reading, the word it is, how many times. */
export interface AbbreviationFix {
  readonly from: string;
  readonly to: string;
  readonly count: number;
}

/**
 * A document's OCR lines with misread abbreviations put right, by the
 * document's own usage: a word of four capitals or more that is not a Vietnamese syllable
 * nor a known abbreviation ("CCHOC", "SUBND") and is one letter away
 * (inserted, dropped or changed) from exactly one abbreviation the document
 * uses at least five times and twice as often ("CCHC", "UBND") is that
 * abbreviation; a known abbreviation with its Đ read as D ("LDVP") is that
 * abbreviation ("LĐVP", lãnh đạo văn phòng). And the "Lưu: VI" of the recipients is "Lưu: VT"
 * (Nghị định 30/2020/NĐ-CP). Words in capitals that are syllables ("HOẠCH")
 * are never touched.
 *
 * @param lines - the document's lines, all pages
 * @returns the lines put right, and what was put right (most frequent first)
 * @example
 * fixAbbreviations([...Array(6).fill("về CCHC"), "Kế hoạch CCHOC", "- Lưu: VI."]).lines.slice(-2)
 * // ["Kế hoạch CCHC", "- Lưu: VT."]
 */
export function fixAbbreviations(lines: readonly string[]): {
  lines: string[];
  fixes: AbbreviationFix[];
} {
  const seen = new Map<string, number>();
  for (const line of lines)
    for (const [word] of line.matchAll(CAPITALS)) seen.set(word, (seen.get(word) ?? 0) + 1);
  const common = [...seen].filter(([word, n]) => n >= LEAST_SEEN && !isVietnameseSyllable(word));
  const meant = new Map<string, string>();
  for (const [word, n] of seen) {
    if ([...word].length < SHORTEST_FIXED || KNOWN.has(word) || isVietnameseSyllable(word)) continue;
    const near = common.filter(([other, m]) => m >= TIMES_AS_OFTEN * n && oneEditApart(word, other));
    if (near.length === 1 && near[0]) meant.set(word, near[0][0]);
    // a known abbreviation with its Đ read as D ("LDVP"), however rarely the document writes it
    else if (near.length === 0 && DOTLESS.has(word)) meant.set(word, DOTLESS.get(word) as string);
  }
  const counts = new Map<string, AbbreviationFix>();
  const count = (from: string, to: string) => {
    const key = `${from}\u0000${to}`;
    counts.set(key, { from, to, count: (counts.get(key)?.count ?? 0) + 1 });
  };
  const fixed = lines.map((line) =>
    line
      .replace(CAPITALS, (word) => {
        const to = meant.get(word);
        if (to === undefined) return word;
        count(word, to);
        return to;
      })
      .replace(RECORDS_OFFICE, (match, opening: string) => {
        count(match.slice(opening.length), "VT");
        return `${opening}VT`;
      }),
  );
  return { lines: fixed, fixes: [...counts.values()].sort((a, b) => b.count - a.count) };
}

/** Whether two words are one letter inserted, dropped or changed apart. */
function oneEditApart(a: string, b: string): boolean {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  let j = 0;
  while (j < x.length - i && j < y.length - i && x[x.length - 1 - j] === y[y.length - 1 - j]) j++;
  return x.length - i - j <= 1 && y.length - i - j <= 1 && a !== b;
}
