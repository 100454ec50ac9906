import type { DocumentReadOptions, DocumentTextResult } from "../DocumentText";

/**
 * The text of an RTF document: not read. No pure-JavaScript RTF reader on
 * npm reaches the quality of the .docx and .doc readers (those that exist
 * are unmaintained, read Node streams only, or render to a browser's DOM,
 * and none handles RTF's Unicode escapes with the fallbacks Vietnamese text
 * uses reliably), so an RTF file gives `ingest.rtf-unsupported`, which
 * tells the user to save it as .docx or PDF. Never throws.
 *
 * @param _bytes - the .rtf file
 * @param _options - unused
 * @returns `{ failure: "ingest.rtf-unsupported" }`
 * @example
 * await rtfText(new TextEncoder().encode("{\\rtf1\\ansi KẾ HOẠCH}")) // { failure: "ingest.rtf-unsupported" }
 */
export async function rtfText(
  _bytes: Uint8Array,
  _options: DocumentReadOptions = {},
): Promise<DocumentTextResult> {
  return { failure: "ingest.rtf-unsupported" };
}
