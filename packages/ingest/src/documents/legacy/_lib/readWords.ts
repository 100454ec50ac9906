import { isVietnameseSyllable } from "./isVietnameseSyllable";
import { hasLetter, WORD } from "./vietnameseWords";

/**
 * What decoding did to one word: `same` (nothing to decode), `legacy` (a
 * Vietnamese syllable only once decoded), `unicode` (one only as it is),
 * `unclear` (both, or neither).
 */
export type WordLabel = "same" | "legacy" | "unicode" | "unclear";

export interface WordReading {
  readonly start: number;
  readonly end: number;
  readonly original: string;
  readonly decoded: string;
  readonly label: WordLabel;
}

/** A text's words read in one encoding, and the counts the decision rests on. */
export interface EncodingReading {
  readonly words: readonly WordReading[];
  /** Words that become Vietnamese syllables only once decoded. */
  readonly legacy: number;
  /** Words that are Vietnamese syllables only as they are. */
  readonly unicode: number;
  /** Words with a letter, before and after decoding. */
  readonly letterWords: number;
  /** Words that are Vietnamese syllables, before and after decoding. */
  readonly validBefore: number;
  readonly validAfter: number;
}

/** Every word of a text decoded by `decode`, labelled, with the counts. */
export function readWords(text: string, decode: (word: string) => string): EncodingReading {
  const words: WordReading[] = [];
  let legacy = 0;
  let unicode = 0;
  let letterWords = 0;
  let validBefore = 0;
  let validAfter = 0;
  for (const match of text.matchAll(WORD)) {
    const original = match[0];
    const start = match.index;
    const decoded = decode(original);
    const before = isVietnameseSyllable(original);
    const after = decoded === original ? before : isVietnameseSyllable(decoded);
    if (hasLetter(original) || hasLetter(decoded)) letterWords += 1;
    if (before) validBefore += 1;
    if (after) validAfter += 1;
    let label: WordLabel = "same";
    if (decoded !== original) label = after && !before ? "legacy" : before && !after ? "unicode" : "unclear";
    if (label === "legacy") legacy += 1;
    if (label === "unicode") unicode += 1;
    words.push({ start, end: start + original.length, original, decoded, label });
  }
  return { words, legacy, unicode, letterWords, validBefore, validAfter };
}
