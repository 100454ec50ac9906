import { isVietnameseSyllable } from "./isVietnameseSyllable";
import type { WordReading } from "./readWords";
import { TCVN3_TO_UNICODE } from "./tcvn3Table";

type Case = "caps" | "lower" | "open" | "acronym";

/**
 * The case of a decoded TCVN3 word. VN3 writes a capital with a tone with
 * the lower-case byte (the .VnTimeH font draws it as a capital), so after
 * decoding "HO¹CH" is "HOạCH": a word whose ASCII letters are capitals and
 * has two capitals or more is all capitals ("caps"); one with an ASCII small
 * letter keeps its case ("lower"); one with a single capital or none ("KÕ",
 * "ë") is "open", and takes the case of its neighbours. Capitals that are
 * no syllable ("CCHC", "UBND") are an "acronym": they say nothing of the
 * line's case.
 */
function caseOf(word: WordReading, converted: boolean): Case {
  const text = converted ? word.decoded : word.original;
  const capitals = (text.match(/\p{Lu}/gu) ?? []).length;
  const lower = converted ? /[a-z]/.test(word.original) : /\p{Ll}/u.test(text);
  if (lower) return "lower";
  if (capitals < 2) return "open";
  return isVietnameseSyllable(text) ? "caps" : "acronym";
}

/** Whether one space (or two) stands between two words: no punctuation, tab, line break or column gap. */
function joined(text: string, left: WordReading, right: WordReading): boolean {
  return /^ {1,2}$/.test(text.slice(left.end, right.start));
}

/**
 * Words spelt with a capital in administrative writing whatever their place,
 * which VN3 can only write in small letters: "Ủy ban" naming a people's
 * committee or the Fatherland Front's ("của Ủy ban nhân dân tỉnh").
 */
const CAPITALISED: readonly { readonly word: string; readonly next: readonly string[] }[] = [
  { word: "ủy", next: ["ban nhân", "ban mttq", "ban mặt"] },
  { word: "uỷ", next: ["ban nhân", "ban mttq", "ban mặt"] },
];

function isCapitalised(words: readonly WordReading[], i: number): boolean {
  const word = words[i]?.decoded.toLowerCase();
  const next = [words[i + 1], words[i + 2]].map((w) => w?.decoded.toLowerCase() ?? "").join(" ");
  return CAPITALISED.some((entry) => entry.word === word && entry.next.includes(next));
}

const MARKER = /^[\s*#>+•–—"“'([-]*(?:(?:\d+(?:\.\d+)*|[IVXLC]+|[a-zđ])[.)]\s+)?[\s*"“'([]*$/u;

/**
 * Whether a word starts a sentence: at the start of a line (after list
 * markers) when the line before ends a sentence, a heading or a cell, at
 * the start of a table cell (after a tab or "|"), or after ". ", "! ", "? "
 * in the line.
 */
function startsSentence(text: string, word: WordReading): boolean {
  const lineStart = text.lastIndexOf("\n", word.start - 1) + 1;
  const before = text.slice(lineStart, word.start);
  if (/[.!?]["”)]? +$/.test(before) && /\p{L}[.!?]["”)]? +$/u.test(before)) return true;
  if (/(\t|\| ?)$/.test(before)) return true; // a table cell's first word
  if (!MARKER.test(before)) return false;
  if ([...word.original].length === 1 && /^[.)]/.test(text.slice(word.end))) return false; // "đ." "đ)": a list letter
  const previous = text.slice(0, lineStart).replace(/\s+$/, "");
  return previous === "" || /[.:;!?*"”)]$/.test(previous);
}

/**
 * The decoded text of the words converted from TCVN3, capitals restored:
 * `open` words take the case of their neighbours joined by spaces (all
 * capitals when one is and none is in small letters), and a word whose first letter was a TCVN3 small
 * letter is capitalised where a sentence starts.
 *
 * @param text - the whole text, for neighbours and sentence starts
 * @param words - the text's words in order
 * @param converted - whether each word is converted
 * @returns the text to write for each converted word, by index
 */
export function restoreTcvn3Capitals(
  text: string,
  words: readonly WordReading[],
  converted: readonly boolean[],
): Map<number, string> {
  const cases = words.map((word, i) => caseOf(word, converted[i] === true));
  const isLetterWord = (word: WordReading) => /\p{L}/u.test(word.decoded);
  for (let pass = 0; pass < 2; pass += 1) {
    words.forEach((word, i) => {
      if (cases[i] !== "open" || !converted[i]) return;
      const sides: Case[] = [];
      const left = words[i - 1];
      const right = words[i + 1];
      if (left && isLetterWord(left) && joined(text, left, word)) sides.push(cases[i - 1] as Case);
      if (right && isLetterWord(right) && joined(text, word, right)) sides.push(cases[i + 1] as Case);
      if (sides.includes("caps") && !sides.includes("lower")) cases[i] = "caps";
    });
  }
  const out = new Map<number, string>();
  words.forEach((word, i) => {
    if (!converted[i]) return;
    if (cases[i] === "caps") {
      out.set(i, word.decoded.toUpperCase());
      return;
    }
    const first = TCVN3_TO_UNICODE.get(word.original[0] ?? "");
    const small = first !== undefined && first === first.toLowerCase();
    if (small && (startsSentence(text, word) || isCapitalised(words, i))) {
      out.set(i, (first as string).toUpperCase() + word.decoded.slice(1));
      return;
    }
    out.set(i, word.decoded);
  });
  return out;
}
