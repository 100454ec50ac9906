import type { DocumentReadOptions, DocumentTextResult } from "../DocumentText";

/** PLACEHOLDER (issue 13, being written): the text of a .pdf document. */
export async function pdfText(
  _bytes: Uint8Array,
  _options: DocumentReadOptions = {},
): Promise<DocumentTextResult> {
  return { failure: "io.unsupported-format", params: { extension: ".pdf" } };
}
