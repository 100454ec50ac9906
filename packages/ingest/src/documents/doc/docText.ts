/// <reference path="./_lib/word-extractor.d.ts" />
import { isZip } from "../../_lib/detectFormat";
import type { DocumentReadOptions, DocumentTextResult } from "../DocumentText";
import { compoundFileProblem } from "./_lib/compoundFileProblem";
import { readWordOle } from "./_lib/readWordOle";
import { wordBodyToText } from "./_lib/wordBodyToText";

type NodeGlobals = {
  readonly process?: { readonly versions?: { readonly node?: string } };
  readonly Buffer?: { from(buffer: ArrayBufferLike, offset: number, length: number): Uint8Array };
};

/** word-extractor, named through a variable so that a browser bundle leaves it out (it needs Node's fs, stream, buffer). */
const WORD_EXTRACTOR = "word-extractor";

/**
 * The text of a Word 97–2003 document (.doc, an OLE compound file), read by
 * word-extractor: the main text only (headers, footers, footnotes, comments
 * and text boxes left out), one line a paragraph, a table row one line with
 * its cells separated by tabs, fields shown by their result (a field's code
 * dropped), deleted tracked changes left out, curly quotes and dashes kept.
 * A cell's paragraphs are joined by a space, as the .docx reader joins them
 * (the paragraph properties say which paragraphs are in a cell). Node only: in a browser it gives
 * `ingest.doc-needs-node`; a damaged or encrypted file gives
 * `ingest.doc-damaged` with the reader's reason. Never throws.
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
  const node = globalThis as NodeGlobals;
  if (typeof node.process?.versions?.node !== "string" || node.Buffer === undefined) {
    return { failure: "ingest.doc-needs-node" };
  }
  let WordExtractor: typeof import("word-extractor");
  try {
    WordExtractor = (
      (await import(/* @vite-ignore */ WORD_EXTRACTOR)) as { default: typeof import("word-extractor") }
    ).default;
  } catch {
    return { failure: "ingest.doc-needs-node" };
  }
  if (options.signal?.aborted) return { failure: "ingest.cancelled" };
  // a .docx named .doc is read too (word-extractor reads both); an OLE file is checked first: a looping chain would hang the reader
  const problem = isZip(bytes) ? undefined : compoundFileProblem(bytes);
  if (problem) return { failure: "ingest.doc-damaged", params: { reason: problem } };
  try {
    const document = isZip(bytes)
      ? await new WordExtractor().extract(node.Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
      : await readWordOle(bytes);
    return { text: wordBodyToText(document.getBody({ filterUnicode: false })), method: "doc" };
  } catch (error) {
    return { failure: "ingest.doc-damaged", params: { reason: damageReason(error) } };
  }
}

/** The reader's error in words: a read past the end of a buffer means the file is cut short or its tables point nowhere. */
function damageReason(error: unknown): string {
  if (error instanceof RangeError) return `a part of the file points past its end (${error.message})`;
  return error instanceof Error ? error.message : String(error);
}
