/** The kind of number or bullet an item starts with. */
export type MarkerKind = "roman" | "decimal" | "letter" | "bullet" | "plain";

/** An item's marker, read from the start of its first line. */
export interface Marker {
  readonly kind: MarkerKind;
  /** As printed, without punctuation: "III", "1.4.2", "đ"; absent for bullets and plain text. */
  readonly ref?: string;
  /** For decimals, the number of parts ("1.4.2" → 3); 1 otherwise. */
  readonly depth: number;
  /** The line after the marker. */
  readonly body: string;
}

const UPPER_START = /^[\p{Lu}"“(]/u;
const ROMAN = /^(?=[IVX])(X{0,3}(?:IX|IV|V?I{0,3}))\s*[.):]\s*(?=\S)/;
/** A Roman numeral with a dash or only a space after it: a heading only when the rest is in capitals. */
const ROMAN_BARE = /^(?=[IVX])(X{0,3}(?:IX|IV|V?I{0,3}))(?:\s*[-–]\s*|\s+)(?=\S)/;
const CAPITALS_HEADING = /^(?=(?:[^\p{L}]*\p{Lu}){2})[^\p{Ll}]+$/u;
const DECIMAL = /^(\d{1,2}(?:\.\d{1,2}){0,3})(?:[.)]\s*|\s+(?=\S)(?<=\d\.\d{1,2}\s+))(?=\S)/;
/** An item's number with its full stop read as a comma by OCR ("9, Đề nghị …"): one or two digits only. */
const DECIMAL_COMMA = /^(\d{1,2}),\s*(?=\S)/;
const LETTER = /^([a-zđ])\s*[.)]\s*(?=\S)/u;
const BULLET = /^[-–—•+]\s*(?=\S)/;

/**
 * Reads the marker at the start of a cleaned line: a Roman numeral ("III."),
 * a decimal ("1.", "1.4.2."), a letter ("a)", "đ."), or a bullet ("-", "•").
 * A marker counts only when an upper-case letter (or another marker) follows,
 * so "2021 - 2030" or "- 2030" wrapped to a line start is plain text. A
 * Roman numeral followed by a dash or by a space alone ("IV - TỔ CHỨC THỰC
 * HIỆN", or OCR's "IV TỔ CHỨC THỰC HIỆN" with its full stop lost) counts only
 * before a heading in capitals, the way NĐ 30/2020/NĐ-CP sets section
 * headings, so a sentence starting "I" or "V" stays plain text. A number
 * of one or two digits with a comma ("9, Đề nghị …": OCR reads an item's
 * full stop as a comma) is a decimal too, before an upper-case letter only,
 * so a list of numbers wrapped to a line start ("9, 10 và 11") stays text.
 *
 * @param line - a cleaned line
 * @returns the marker, kind "plain" when there is none
 */
export function readMarker(line: string): Marker {
  const text = line.trim();
  const bullet = BULLET.exec(text);
  if (bullet) {
    const rest = text.slice(bullet[0].length);
    const inner = readNumbered(rest);
    if (inner) return inner;
    if (UPPER_START.test(rest)) return { kind: "bullet", depth: 1, body: rest };
    return { kind: "plain", depth: 1, body: text };
  }
  return readNumbered(text) ?? { kind: "plain", depth: 1, body: text };
}

function readNumbered(text: string): Marker | undefined {
  const roman = ROMAN.exec(text);
  if (roman?.[1] && UPPER_START.test(text.slice(roman[0].length))) {
    return { kind: "roman", ref: roman[1], depth: 1, body: text.slice(roman[0].length) };
  }
  const bare = ROMAN_BARE.exec(text);
  if (bare?.[1] && CAPITALS_HEADING.test(text.slice(bare[0].length))) {
    return { kind: "roman", ref: bare[1], depth: 1, body: text.slice(bare[0].length) };
  }
  const decimal = DECIMAL.exec(text);
  if (decimal?.[1] && UPPER_START.test(text.slice(decimal[0].length))) {
    const ref = decimal[1];
    return { kind: "decimal", ref, depth: ref.split(".").length, body: text.slice(decimal[0].length) };
  }
  const comma = DECIMAL_COMMA.exec(text);
  if (comma?.[1] && UPPER_START.test(text.slice(comma[0].length))) {
    return { kind: "decimal", ref: comma[1], depth: 1, body: text.slice(comma[0].length) };
  }
  const letter = LETTER.exec(text);
  if (letter?.[1] && UPPER_START.test(text.slice(letter[0].length))) {
    return { kind: "letter", ref: letter[1], depth: 1, body: text.slice(letter[0].length) };
  }
  return undefined;
}

/** True when the marker starts a new item (anything but plain text). */
export function startsItem(marker: Marker): boolean {
  return marker.kind !== "plain";
}
