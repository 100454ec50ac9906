import type { DocumentReadOptions, DocumentTextResult } from "../DocumentText";

/** PLACEHOLDER (issue 13, being written): the text of a .image document. */
export async function ocrText(
  _bytes: Uint8Array,
  _options: DocumentReadOptions = {},
): Promise<DocumentTextResult> {
  return { failure: "io.unsupported-format", params: { extension: ".image" } };
}
