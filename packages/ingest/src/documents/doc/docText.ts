import type { DocumentReadOptions, DocumentTextResult } from "../DocumentText";

/** PLACEHOLDER (issue 13, being written): the text of a .doc document. */
export async function docText(
  _bytes: Uint8Array,
  _options: DocumentReadOptions = {},
): Promise<DocumentTextResult> {
  return { failure: "io.unsupported-format", params: { extension: ".doc" } };
}
