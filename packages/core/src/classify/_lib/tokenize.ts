/**
 * A token of folded text: a word (letters and digits) or one significant
 * punctuation mark. White space, hyphens and dashes, "/" and "&" separate
 * words and leave no token, so "Văn hóa – Xã hội", "Văn hóa-Xã hội" and
 * "Văn hóa Xã hội" tokenize alike; every other mark ("," "." ";" "(" …) is a
 * token of its own that a phrasing must contain to match across it.
 */
export interface Token {
  /** The token's folded text. */
  readonly text: string;
  /** Index of its first character in the folded text. */
  readonly start: number;
  /** Index after its last character in the folded text. */
  readonly end: number;
  /** True for letters and digits, false for a punctuation mark. */
  readonly isWord: boolean;
}

const TOKEN = /[\p{L}\p{N}]+|[^\p{L}\p{N}\s\-\u2010-\u2015\u2212/&]/gu;
const WORD = /^[\p{L}\p{N}]/u;

/**
 * Splits folded text (see `fold`) into words and significant punctuation.
 *
 * @param folded - text already folded: lower case, no diacritics
 * @returns the tokens in order, with their positions in `folded`
 * @example
 * tokenize("to chuc, ca nhan").map((t) => t.text) // ["to", "chuc", ",", "ca", "nhan"]
 */
export function tokenize(folded: string): Token[] {
  const tokens: Token[] = [];
  for (const m of folded.matchAll(TOKEN)) {
    const text = m[0];
    tokens.push({ text, start: m.index, end: m.index + text.length, isWord: WORD.test(text) });
  }
  return tokens;
}
