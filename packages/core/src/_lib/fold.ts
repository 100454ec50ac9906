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

// Per UTF-16 unit, filled on first use: what it folds to, as one code when it folds to one ordinary UTF-16
// unit, else one of these markers (0 means not yet known). `unitFolds` keeps every fold as a string.
const WHITE_SPACE = 0xffff;
const DROPPED = 0xfffe;
const SPECIAL = 0xfffd; // folds to several units, or to one that is itself a marker or 0
const unitCodes = new Uint16Array(0x10000);
const unitFolds: string[] = new Array<string>(0x10000).fill("");

/** Fills the table entry of one UTF-16 unit and returns its code. */
function learnUnit(code: number): number {
  const ch = String.fromCharCode(code);
  if (SPACE.test(ch)) {
    unitCodes[code] = WHITE_SPACE;
    return WHITE_SPACE;
  }
  // Lower-case before stripping marks: some capitals (İ) lower-case to a
  // letter plus a combining mark. Ð (U+00D0) stands in for Đ in some fonts.
  const folded =
    code < 0x80
      ? ch.toLowerCase()
      : ch
          .normalize("NFD")
          .toLowerCase()
          .split("")
          .filter((c) => !COMBINING.test(c))
          .join("")
          .replace(/[đðĐÐ]/g, "d");
  const single = folded.length === 1 ? folded.charCodeAt(0) : -1;
  unitFolds[code] = folded;
  unitCodes[code] = folded.length === 0 ? DROPPED : single > 0 && single < SPECIAL ? single : SPECIAL;
  return unitCodes[code] as number;
}

/**
 * What one UTF-16 unit becomes when text is folded: its folded letters, ""
 * for a unit that folding drops (a combining mark), or `null` for white
 * space, which folding collapses with its neighbours. Kept in a table filled
 * on first use, which `fold` and `foldText` read too.
 *
 * @param code - a UTF-16 code unit, 0 to 0xffff
 * @returns the unit's fold, "" when dropped, `null` for white space
 * @example
 * foldUnit("Ầ".charCodeAt(0)) // "a"
 * foldUnit(0x0301) // "" (combining acute accent)
 * foldUnit(0x00a0) // null (no-break space)
 */
export function foldUnit(code: number): string | null {
  return (unitCodes[code] || learnUnit(code)) === WHITE_SPACE ? null : (unitFolds[code] as string);
}

// The folded text is written unit by unit into one reused buffer, then made a string once.
let buffer = new Uint16Array(1024);

function ensureBuffer(size: number): void {
  if (buffer.length >= size) return;
  const grown = new Uint16Array(Math.max(size, buffer.length * 2));
  grown.set(buffer);
  buffer = grown;
}

function bufferText(length: number): string {
  let text = "";
  for (let at = 0; at < length; at += 4096) {
    const chunk = buffer.subarray(at, Math.min(length, at + 4096));
    text += String.fromCharCode.apply(null, chunk as unknown as number[]);
  }
  return text;
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
  ensureBuffer(input.length * 2 + 2);
  let length = 0;
  const offsets: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < input.length; i++) {
    const unit = input.charCodeAt(i);
    const code = unitCodes[unit] || learnUnit(unit);
    if (code === WHITE_SPACE) {
      if (pendingSpace < 0 && length > 0) pendingSpace = i;
      continue;
    }
    if (code === DROPPED) continue; // a lone combining mark (NFD input)
    if (pendingSpace >= 0) {
      buffer[length++] = 0x20;
      offsets.push(pendingSpace);
      pendingSpace = -1;
    }
    if (code !== SPECIAL) {
      buffer[length++] = code;
      offsets.push(i);
      continue;
    }
    const base = unitFolds[unit] as string;
    ensureBuffer(length + base.length + input.length - i + 2);
    for (let k = 0; k < base.length; k++) buffer[length++] = base.charCodeAt(k);
    for (const _ of base) offsets.push(i); // one offset per code point, as before the table
  }
  offsets.push(input.length);
  return { text: bufferText(length), offsets };
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
  ensureBuffer(input.length * 2 + 2);
  let length = 0;
  let space = false;
  for (let i = 0; i < input.length; i++) {
    const unit = input.charCodeAt(i);
    const code = unitCodes[unit] || learnUnit(unit);
    if (code === WHITE_SPACE) {
      space = length > 0;
      continue;
    }
    if (code === DROPPED) continue;
    if (space) {
      buffer[length++] = 0x20;
      space = false;
    }
    if (code !== SPECIAL) {
      buffer[length++] = code;
      continue;
    }
    const base = unitFolds[unit] as string;
    ensureBuffer(length + base.length + 2 * (input.length - i) + 2);
    for (let k = 0; k < base.length; k++) buffer[length++] = base.charCodeAt(k);
  }
  return bufferText(length);
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
