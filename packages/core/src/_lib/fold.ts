/**
 * Vietnamese text folding for matching.
 *
 * Text from PDFs and Word files arrives in NFC or NFD, with the tone mark on
 * either vowel ("Hoà"/"Hòa"), odd spaces, and line breaks inside phrases.
 * Folding removes every diacritic (đ → d), lower-cases, and collapses white
 * space, so that all those spellings compare equal. It keeps a map from each
 * folded character back to its offset in the original string, so a parser
 * that works on folded text can still report positions in the user's text.
 */
export interface Folded {
  /** The folded text: lower case, no diacritics, single spaces. */
  readonly text: string;
  /** `offsets[i]` is the offset in the original string of folded character `i`; one extra entry marks the end. */
  readonly offsets: readonly number[];
}

const COMBINING = /[\u0300-\u036f]/;
const SPACE = /[\s\u00a0\u200b\ufeff]/;

const folds = new Map<string, string>();

/** One UTF-16 unit folded: lower case, no diacritics, đ as d; "" for a combining mark. */
function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : ch;
  let base = folds.get(ch);
  if (base === undefined) {
    // Lower-case before stripping marks: some capitals (İ) lower-case to a
    // letter plus a combining mark. Ð (U+00D0) stands in for Đ in some fonts.
    base = ch
      .normalize("NFD")
      .toLowerCase()
      .split("")
      .filter((c) => !COMBINING.test(c))
      .join("")
      .replace(/[đðĐÐ]/g, "d");
    if (folds.size < 4096) folds.set(ch, base);
  }
  return base;
}

/**
 * Folds `input` for matching and keeps the map back to original offsets.
 *
 * @param input - any text, NFC or NFD
 * @returns the folded text and, for each of its characters, the offset in
 *   `input` it came from (a collapsed run of white space maps to its first
 *   character)
 * @example
 * fold("Qúy  I").text // "quy i"
 * fold("Qúy  I").offsets // [0, 1, 2, 3, 5, 6]
 */
export function fold(input: string): Folded {
  let text = "";
  const offsets: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i] as string;
    if (SPACE.test(ch)) {
      if (pendingSpace < 0 && text.length > 0) pendingSpace = i;
      continue;
    }
    const base = foldChar(ch);
    if (base.length === 0) continue; // a lone combining mark (NFD input)
    if (pendingSpace >= 0) {
      text += " ";
      offsets.push(pendingSpace);
      pendingSpace = -1;
    }
    for (const c of base) {
      text += c;
      offsets.push(i);
    }
  }
  offsets.push(input.length);
  return { text, offsets };
}

/**
 * Folds `input` and returns only the folded text.
 *
 * @param input - any text, NFC or NFD
 * @returns lower case, without diacritics (đ → d), single spaces, trimmed
 * @example
 * foldText("Thành phố Hoà Bình") === foldText("thành phố Hòa  Bình") // true: "thanh pho hoa binh"
 */
export function foldText(input: string): string {
  return fold(input).text;
}

/**
 * Normalises text for display and storage: NFC, white space collapsed and
 * trimmed. Tone-mark placement is left as the user wrote it.
 *
 * @param input - any text
 * @returns the text in NFC with single spaces
 * @example
 * tidy("  UBND huyện \n Gia Lộc ") // "UBND huyện Gia Lộc"
 */
export function tidy(input: string): string {
  return input
    .normalize("NFC")
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}
