/**
 * The words of a text for counting: runs of characters between white space,
 * ASCII punctuation and digits, and typographic punctuation (U+2010–U+206F).
 * Every character a TCVN3 or VNI letter can be read as (0xA0–0xFF) is kept
 * inside words.
 */
export const WORD = /[^\s\x21-\x40\x5b-\x60\x7b-\x7e\u2010-\u206f]+/gu;

/** Whether a word has a letter at all (and nothing but letters and legacy characters). */
export function hasLetter(word: string): boolean {
  return /\p{L}/u.test(word);
}
