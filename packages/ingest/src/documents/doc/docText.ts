import { isZip } from "../../_lib/detectFormat";
import { docxText } from "../../_lib/docxText";
import type { DocumentReadOptions, DocumentTextResult } from "../DocumentText";
import { compoundFileProblem } from "./_lib/compoundFileProblem";
import { readWordBody } from "./_lib/readWordBody";
import { wordBodyToText } from "./_lib/wordBodyToText";

/**
 * The text of a Word 97–2003 document (.doc, an OLE compound file), read in
 * pure JavaScript, the same in Node and in a browser's worker (the OLE
 * container by SheetJS `cfb`, the Word binary format by our own reader,
 * checked against word-extractor's output): the main text only (headers,
 * footers, footnotes, comments and text boxes left out), one line a
 * paragraph, a table row one line with its cells separated by tabs, fields
 * shown by their result (a field's code dropped), deleted tracked changes
 * left out, curly quotes and dashes kept. A cell's paragraphs are joined by
 * a space, as the .docx reader joins them. A .docx saved under a .doc name
 * is read as a .docx. A damaged, encrypted or non-Word file gives
 * `ingest.doc-damaged` with the reason. Never throws.
 *
 * @param bytes - the .doc file
 * @param options - `signal`: a read already stopped gives `ingest.cancelled`
 * @returns the text (`method: "doc"`), or why there is none
 * @example
 * await docText(readFileSync("003.doc")) // { text: "ỦY BAN NHÂN DÂN\tCỘNG HÒA …", method: "doc" }
 * await docText(new Uint8Array(10)) // { failure: "ingest.doc-damaged", params: { reason: "…" } }
 */
export async function docText(
  bytes: Uint8Array,
  options: DocumentReadOptions = {},
): Promise<DocumentTextResult> {
  if (options.signal?.aborted) return { failure: "ingest.cancelled" };
  if (isZip(bytes)) {
    const docx = await docxText(bytes);
    return "reason" in docx
      ? { failure: "ingest.doc-damaged", params: { reason: docx.reason } }
      : { text: docx.text, method: "doc" };
  }
  // the chains are checked first: a looping chain would make any reader run without end
  const problem = compoundFileProblem(bytes);
  if (problem) return { failure: "ingest.doc-damaged", params: { reason: problem } };
  try {
    return { text: wordBodyToText(readWordBody(bytes)), method: "doc" };
  } catch (error) {
    return { failure: "ingest.doc-damaged", params: { reason: damageReason(error) } };
  }
}

/** The reader's error in words: a read past the end of a buffer means the file is cut short or its tables point nowhere. */
function damageReason(error: unknown): string {
  if (error instanceof RangeError) return `a part of the file points past its end (${error.message})`;
  return error instanceof Error ? error.message : String(error);
}
