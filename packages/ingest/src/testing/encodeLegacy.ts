import { TCVN3_TO_UNICODE, UNICODE_TO_TCVN3 } from "../documents/legacy/_lib/tcvn3Table";
import { UNICODE_TO_VNI, VNI_TO_UNICODE } from "../documents/legacy/_lib/vniTable";
import { windows1252Byte } from "../documents/legacy/_lib/windows1252";
import type { LegacyEncoding } from "../documents/legacy/fixLegacyText";

const VIQR_SHAPES: Readonly<Record<string, string>> = { "\u0306": "(", "\u0302": "^", "\u031b": "+" };
const VIQR_TONES: Readonly<Record<string, string>> = {
  "\u0301": "'",
  "\u0300": "`",
  "\u0309": "?",
  "\u0303": "~",
  "\u0323": ".",
};

/**
 * Unicode Vietnamese written in an old encoding, the inverse of
 * `fixLegacyText`, so tests can make legacy files from the seeds (Node and
 * browsers; test helper of `@parcomms/ingest/testing`):
 * - `TCVN3`: each letter its VN3 byte; capitals with a tone, which VN3 lacks,
 *   with the small letter's byte, as .VnTimeH text has them;
 * - `VNI`: base letter and mark bytes (VNI Windows);
 * - `VIQR`: ASCII marks after the vowel, "dd" for đ, and a backslash before a
 *   mark character that follows a vowel in the text ("ra." → "ra\.").
 * `text` is the legacy text as windows-1252 reads it (what a .docx run in a
 * .Vn font holds); `bytes` its windows-1252 bytes (a .txt file).
 *
 * @param text - Unicode text (any normalisation)
 * @param encoding - the encoding to write
 * @returns the legacy text and its bytes
 * @throws RangeError for a character the encoding cannot write: not in
 *   windows-1252, or one whose byte is a letter there (TCVN3 "»" is "ằ")
 * @example
 * encodeLegacy("Kế hoạch", "TCVN3").text // "KÕ ho¹ch"
 * encodeLegacy("Kế hoạch", "VNI").text   // "Keá hoaïch"
 * encodeLegacy("Kế hoạch", "VIQR").text  // "Ke^' hoa.ch"
 */
export function encodeLegacy(text: string, encoding: LegacyEncoding): { text: string; bytes: Uint8Array } {
  const nfc = text.normalize("NFC");
  const legacy = encoding === "VIQR" ? toViqr(nfc) : [...nfc].map((ch) => mapLetter(ch, encoding)).join("");
  const bytes = new Uint8Array(legacy.length);
  for (let i = 0; i < legacy.length; i += 1) {
    const ch = legacy[i] as string;
    const code = ch.charCodeAt(0);
    const byte = windows1252Byte(ch);
    if (byte === undefined) {
      throw new RangeError(
        `encodeLegacy: "${ch}" (U+${code.toString(16).toUpperCase()}) cannot be written in ${encoding}`,
      );
    }
    bytes[i] = byte;
  }
  return { text: legacy, bytes };
}

function mapLetter(ch: string, encoding: "TCVN3" | "VNI"): string {
  const mapped = (encoding === "TCVN3" ? UNICODE_TO_TCVN3 : UNICODE_TO_VNI).get(ch);
  if (mapped !== undefined) return mapped;
  const decoded = (encoding === "TCVN3" ? TCVN3_TO_UNICODE : VNI_TO_UNICODE).get(ch);
  if (decoded !== undefined && decoded !== ch) {
    throw new RangeError(
      `encodeLegacy: "${ch}" cannot be written in ${encoding}: its byte is the letter "${decoded}"`,
    );
  }
  return ch;
}

function toViqr(text: string): string {
  let out = "";
  let afterVowel = false;
  for (const ch of text) {
    if (ch === "đ" || ch === "Đ") {
      out += ch === "đ" ? "dd" : "DD";
      afterVowel = false;
      continue;
    }
    const [base = ch, ...marks] = ch.normalize("NFD");
    const vowel = /[aeiouy]/i.test(base);
    if (vowel && marks.length > 0) {
      out +=
        base +
        marks.map((mark) => VIQR_SHAPES[mark] ?? "").join("") +
        marks.map((mark) => VIQR_TONES[mark] ?? "").join("");
    } else if ((afterVowel && /[(^+'`?~.]/.test(ch)) || (/[dD9]/.test(ch) && /[dD]$/.test(out))) {
      out += `\\${ch}`;
    } else if (ch === "\\") {
      out += "\\\\";
    } else {
      out += ch;
    }
    afterVowel = vowel;
  }
  return out;
}
