import type { DocumentNote } from "../documents/DocumentText";
import { decodeWindows1252 } from "../documents/legacy/_lib/windows1252";
import { fixLegacyText } from "../documents/legacy/fixLegacyText";
import { decodeText } from "./decodeText";

/**
 * The text of a plain-text file (.txt) as a plan's text, in Unicode: UTF-8
 * (or UTF-16 with a BOM) run through `fixLegacyText` (a TCVN3 or VNI text
 * saved as UTF-8 code points, VIQR); bytes that are not UTF-8 read as
 * windows-1252 and kept only when `fixLegacyText` finds TCVN3 or VNI in
 * them. Undefined when the bytes are neither: never garbage.
 */
export function decodePlanText(bytes: Uint8Array): { text: string; notes: DocumentNote[] } | undefined {
  const text = decodeText(bytes);
  if (text !== undefined) return fixLegacyText(text);
  const legacy = fixLegacyText(decodeWindows1252(bytes));
  return legacy.notes.length > 0 ? legacy : undefined;
}
