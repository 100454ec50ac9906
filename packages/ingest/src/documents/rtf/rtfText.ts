import type { DocumentReadOptions, DocumentTextResult } from "../DocumentText";

/** PLACEHOLDER (issue 13, being written): the text of a .rtf document. */
export async function rtfText(
  _bytes: Uint8Array,
  _options: DocumentReadOptions = {},
): Promise<DocumentTextResult> {
  return { failure: "io.unsupported-format", params: { extension: ".rtf" } };
}
