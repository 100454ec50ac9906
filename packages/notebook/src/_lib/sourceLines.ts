/**
 * A source text as the plan view numbers it: split into lines (LF or CRLF),
 * each line composed (NFC), so a decomposed text ("Kê´ hoạch" in NFD) reads
 * as written and line N of the text stays line N on screen.
 *
 * @param text - the document's text, in any Unicode normal form
 * @returns its lines, composed; `lines[n - 1]` is line n
 * @example
 * sourceLines("K\u0065\u0302\u0301 ho\u0323ach\r\nnăm 2024") // ["Kế hoạch", "năm 2024"]
 */
export function sourceLines(text: string): string[] {
  // Per line, never the whole text: composition never crosses a line break, and the numbering stays put.
  return text.split(/\r?\n/).map((line) => line.normalize("NFC"));
}
