import type { DocumentNote } from "../DocumentText";

/** PLACEHOLDER (issue 13, being written): text in TCVN3 (ABC), VNI or VIQR converted to Unicode. */
export function fixLegacyText(text: string): { text: string; notes: DocumentNote[] } {
  return { text, notes: [] };
}
