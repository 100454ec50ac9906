import type { DocumentNote } from "../DocumentText";
import { decodeTcvn3 } from "./_lib/decodeTcvn3";
import { decodeVni } from "./_lib/decodeVni";
import { readViqr } from "./_lib/readViqr";
import { type EncodingReading, readWords } from "./_lib/readWords";
import { restoreTcvn3Capitals } from "./_lib/restoreTcvn3Capitals";
import { TCVN3_TO_UNICODE } from "./_lib/tcvn3Table";
import { VNI_TO_UNICODE } from "./_lib/vniTable";

/** An old Vietnamese encoding `fixLegacyText` converts. */
export type LegacyEncoding = "TCVN3" | "VNI" | "VIQR";

const BYTE_ENCODINGS = [
  { encoding: "TCVN3", decode: decodeTcvn3 },
  { encoding: "VNI", decode: decodeVni },
] as const;

/**
 * Text in an old Vietnamese encoding (bảng mã cũ) converted to Unicode (NFC),
 * with an `ingest.encoding-converted` note naming it; any other text returned
 * as it is, with no note. The encodings:
 * - TCVN3 (ABC, the .VnTime fonts), one byte a letter, and VNI (VNI-Times),
 *   a letter and its mark bytes, both as windows-1252 reads the bytes
 *   ("KÕ ho¹ch", "Keá hoaïch");
 * - VIQR, marks as ASCII after the vowel ("Ke^' hoa.ch"), only when the text
 *   is clearly VIQR.
 * The decision is statistical, over the whole text: each word is decoded and
 * counted as a Vietnamese syllable before and after. The text is converted
 * when words that become syllables only once decoded are at least two and
 * outnumber tenfold those that stop being syllables, and half its words are
 * syllables after; Unicode Vietnamese and English are left alone. In a
 * Unicode text with some runs in TCVN3 or VNI (three words or more), only
 * those runs are converted: the words that become syllables, and the
 * undecided words beside them; a note `ingest.encoding-partly-converted`
 * says how many. TCVN3 has no capitals with tones (they were drawn by
 * .VnTimeH from the small letters' bytes): a word all in capitals gets them
 * back, a word alone between capitals takes their case, and a sentence's
 * first word its capital.
 *
 * @param text - a document's text
 * @returns the text, converted or not, and the notes to report
 * @example
 * fixLegacyText("KÕ ho¹ch tuyªn truyÒn c¶i c¸ch hµnh chÝnh")
 * // { text: "Kế hoạch tuyên truyền cải cách hành chính",
 * //   notes: [{ code: "ingest.encoding-converted", params: { encoding: "TCVN3" } }] }
 * fixLegacyText("Kế hoạch tuyên truyền") // { text: "Kế hoạch tuyên truyền", notes: [] }
 */
export function fixLegacyText(text: string): { text: string; notes: DocumentNote[] } {
  if (!/[^A-Za-z]/.test(text.replace(/[^\p{L}]/gu, ""))) {
    const viqr = readViqr(text);
    if (viqr !== undefined) return { text: viqr, notes: [converted("VIQR")] };
  }
  if (!/[\u00a1-\u00ff]/.test(text)) return { text, notes: [] };
  const readings = BYTE_ENCODINGS.map(({ encoding, decode }) => ({
    encoding,
    reading: readWords(text, decode),
  }));
  const best = readings.reduce((a, b) => (b.reading.legacy > a.reading.legacy ? b : a));
  const { encoding, reading } = best;
  if (isWhole(reading)) {
    const chosen = reading.words.map((word) => word.label !== "same" || hasCode(word.original, encoding));
    const convertedText = rewrite(text, encoding, reading, chosen);
    return { text: convertedText, notes: [converted(encoding)] };
  }
  if (isPart(reading)) {
    const chosen = chooseRuns(text, reading);
    const words = chosen.filter(Boolean).length;
    return {
      text: rewrite(text, encoding, reading, chosen),
      notes: [converted(encoding), { code: "ingest.encoding-partly-converted", params: { encoding, words } }],
    };
  }
  return { text, notes: [] };
}

/** Whether a word holds a character of the encoding, even one decoded to itself (TCVN3 "ý", VNI "í"): "QUý" is "QUÝ". */
function hasCode(word: string, encoding: LegacyEncoding): boolean {
  const table = encoding === "TCVN3" ? TCVN3_TO_UNICODE : VNI_TO_UNICODE;
  return [...word].some((ch) => table.has(ch));
}

function converted(encoding: LegacyEncoding): DocumentNote {
  return { code: "ingest.encoding-converted", params: { encoding } };
}

/** The whole text is in the encoding: words that become syllables, few that stop being ones, half the words syllables after. */
function isWhole({ legacy, unicode, letterWords, validBefore, validAfter }: EncodingReading): boolean {
  return (
    legacy >= 2 && unicode <= 0.1 * legacy && validAfter > validBefore && validAfter >= 0.5 * letterWords
  );
}

/** A Vietnamese Unicode text with runs in the encoding: three words or more that become syllables. */
function isPart({ legacy, letterWords, validBefore }: EncodingReading): boolean {
  return legacy >= 3 && validBefore >= 0.5 * letterWords;
}

/**
 * The words of a mixed text to convert: those that become syllables, and
 * each undecided one whose nearest decided neighbours on its line (before
 * and after) are both, or the only one is, such a word.
 */
function chooseRuns(text: string, { words }: EncodingReading): boolean[] {
  let line = 0;
  let scanned = 0;
  const lines = words.map((word) => {
    for (; scanned < word.start; scanned += 1) if (text[scanned] === "\n") line += 1;
    return line;
  });
  const decided = (i: number, step: 1 | -1): "legacy" | "unicode" | undefined => {
    for (let j = i + step; j >= 0 && j < words.length && lines[j] === lines[i]; j += step) {
      const label = words[j]?.label;
      if (label === "legacy" || label === "unicode") return label;
    }
    return undefined;
  };
  return words.map((word, i) => {
    if (word.label === "legacy") return true;
    if (word.label !== "unclear") return false;
    const sides = [decided(i, -1), decided(i, 1)].filter((side) => side !== undefined);
    return sides.length > 0 && sides.every((side) => side === "legacy");
  });
}

/** The text with the chosen words written decoded (TCVN3: capitals restored), in NFC. */
function rewrite(
  text: string,
  encoding: LegacyEncoding,
  { words }: EncodingReading,
  chosen: readonly boolean[],
): string {
  const written =
    encoding === "TCVN3"
      ? restoreTcvn3Capitals(text, words, chosen)
      : new Map(words.flatMap((word, i) => (chosen[i] ? [[i, word.decoded] as const] : [])));
  let out = "";
  let at = 0;
  words.forEach((word, i) => {
    const value = written.get(i);
    if (value === undefined) return;
    out += text.slice(at, word.start) + value;
    at = word.end;
  });
  return (out + text.slice(at)).normalize("NFC");
}
