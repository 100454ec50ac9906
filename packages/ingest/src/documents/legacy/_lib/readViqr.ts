import { decodeViqr } from "./decodeViqr";
import { isVietnameseSyllable } from "./isVietnameseSyllable";

/** A VIQR mark where VIQR puts one: after a vowel (or "dd"), or escaped. */
const MARKED = /[aeiouy][(^+'`?~.]|dd|\\[(^+'`?~.\\]/i;

/**
 * Whether an ASCII text is clearly VIQR, and its Unicode text: at least five
 * words carry marks, nine in ten of them become Vietnamese syllables, they
 * are a fifth of the words or more, and six words in ten are Vietnamese
 * syllables once decoded. English with a question mark after a vowel, or
 * "e.g.", is far from that.
 */
export function readViqr(text: string): string | undefined {
  const tokens = text.split(/\s+/).filter((token) => /[A-Za-z]/.test(token));
  if (tokens.length === 0) return undefined;
  let marked = 0;
  let markedValid = 0;
  let valid = 0;
  for (const token of tokens) {
    const decoded = decodeViqr(token);
    const core = decoded.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
    const ok = core.split(/[^\p{L}]+/u).every((part) => part !== "" && isVietnameseSyllable(part));
    if (ok) valid += 1;
    if (MARKED.test(token) && decoded !== token) {
      marked += 1;
      if (ok) markedValid += 1;
    }
  }
  const clear =
    marked >= 5 &&
    markedValid >= 0.9 * marked &&
    marked >= 0.2 * tokens.length &&
    valid >= 0.6 * tokens.length;
  return clear ? decodeViqr(text) : undefined;
}
