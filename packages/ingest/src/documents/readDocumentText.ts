import { docxText } from "../_lib/docxText";
import type { DocumentReadOptions, DocumentTextResult } from "./DocumentText";
import { isDocumentFailure } from "./DocumentText";
import { fixLegacyText } from "./legacy/fixLegacyText";
import { documentLimit } from "./limits/documentLimit";
import type { DocumentLimitOverrides, LimitedFormat } from "./limits/documentLimits";
import { inflatedSizeFailure } from "./limits/inflatedSizeFailure";
import { sizeFailure } from "./limits/sizeFailure";
import { withTimeLimit } from "./limits/withTimeLimit";

/** The document formats read to text before extraction (by `readPlanFilesAsync` only). */
export type DocumentFormat = "docx" | "pdf" | "image" | "doc" | "odt" | "rtf";

/** Options of {@link readDocumentText}: those of every reader, and the limits. */
export interface ReadDocumentTextOptions extends DocumentReadOptions {
  /** Size and time limits to use instead of the defaults (`documentLimits`), by type. */
  readonly limits?: DocumentLimitOverrides;
}

/**
 * The text of a document, whatever its format: each reader is imported on
 * first use (a page that never opens a PDF never loads pdf.js); a PDF without
 * a text layer is read by OCR; text in an old Vietnamese encoding (TCVN3,
 * VNI, VIQR) is converted to Unicode, with a note. A file over its format's
 * size limit is refused before reading (`ingest.too-large`); each reader
 * runs under its format's time limit (`ingest.timeout`; OCR under its own),
 * given a signal that is aborted then, or when `options.signal` is
 * (`ingest.cancelled`). Never throws.
 *
 * @param format - the detected format
 * @param bytes - the file's content
 * @param options - progress, cancellation and limits
 * @returns the text with its origins and notes, or why there is none
 * @example
 * await readDocumentText("doc", bytes) // { text: "ỦY BAN NHÂN DÂN …", method: "doc" }
 * await readDocumentText("pdf", huge) // { failure: "ingest.too-large", params: { size: "250 MB", limit: "200 MB", format: ".pdf" } }
 */
export async function readDocumentText(
  format: DocumentFormat,
  bytes: Uint8Array,
  options: ReadDocumentTextOptions = {},
): Promise<DocumentTextResult> {
  const tooLarge = sizeFailure(bytes.length, format, options.limits);
  if (tooLarge) return tooLarge;
  if (format === "docx" || format === "odt") {
    const bomb = await inflatedSizeFailure(bytes, format, options.limits);
    if (bomb) return bomb;
  }
  let result: DocumentTextResult;
  try {
    result = await readRaw(format, bytes, options);
  } catch (error) {
    return {
      failure: "io.unreadable",
      params: { reason: error instanceof Error ? error.message : String(error) },
    };
  }
  if (isDocumentFailure(result)) return result;
  const fixed = fixLegacyText(result.text);
  if (fixed.notes.length === 0) return result;
  return { ...result, text: fixed.text, notes: [...(result.notes ?? []), ...fixed.notes] };
}

async function readRaw(
  format: DocumentFormat,
  bytes: Uint8Array,
  options: ReadDocumentTextOptions,
): Promise<DocumentTextResult> {
  const { limits, ...readOptions } = options;
  /** One reader's run under the time limit of `limited`, with the limit's signal in place of the caller's. */
  const timed = (
    limited: LimitedFormat,
    read: (options: DocumentReadOptions) => Promise<DocumentTextResult>,
  ): Promise<DocumentTextResult> =>
    withTimeLimit((signal) => read({ ...readOptions, signal }), {
      seconds: documentLimit(limited, limits).seconds,
      format: limited,
      ...(options.signal ? { signal: options.signal } : {}),
    });
  switch (format) {
    case "docx":
      return timed("docx", async () => {
        const docx = await docxText(bytes);
        return "reason" in docx
          ? { failure: "io.bad-docx", params: { reason: docx.reason } }
          : { text: docx.text, method: "docx" };
      });
    case "pdf": {
      const read = await timed("pdf", async (timedOptions) => {
        const { pdfText } = await import("./pdf/pdfText");
        return pdfText(bytes, timedOptions);
      });
      if (!isDocumentFailure(read) || read.failure !== "ingest.pdf-needs-ocr") return read;
      return timed("ocr", async (timedOptions) => {
        const { ocrText } = await import("./ocr/ocrText");
        return ocrText(bytes, timedOptions);
      });
    }
    case "image":
      return timed("ocr", async (timedOptions) => {
        const { ocrText } = await import("./ocr/ocrText");
        return ocrText(bytes, timedOptions);
      });
    case "doc":
      return timed("doc", async (timedOptions) => {
        const { docText } = await import("./doc/docText");
        return docText(bytes, timedOptions);
      });
    case "odt":
      return timed("odt", async (timedOptions) => {
        const { odtText } = await import("./odt/odtText");
        return odtText(bytes, timedOptions);
      });
    case "rtf":
      return timed("rtf", async (timedOptions) => {
        const { rtfText } = await import("./rtf/rtfText");
        return rtfText(bytes, timedOptions);
      });
  }
}
