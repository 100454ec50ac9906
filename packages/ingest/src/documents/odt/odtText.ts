import type { DocumentReadOptions, DocumentTextResult } from "../DocumentText";

/** PLACEHOLDER (issue 13, being written): the text of a .odt document. */
export async function odtText(
  _bytes: Uint8Array,
  _options: DocumentReadOptions = {},
): Promise<DocumentTextResult> {
  return { failure: "io.unsupported-format", params: { extension: ".odt" } };
}
