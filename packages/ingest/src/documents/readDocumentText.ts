import { docxText } from "../_lib/docxText";
import type { DocumentReadOptions, DocumentTextResult } from "./DocumentText";
import { isDocumentFailure } from "./DocumentText";
import { fixLegacyText } from "./legacy/fixLegacyText";

/** The document formats read to text before extraction (by `readPlanFilesAsync` only). */
export type DocumentFormat = "docx" | "pdf" | "image" | "doc" | "odt" | "rtf";

/**
 * The text of a document, whatever its format: each reader is imported on
 * first use (a page that never opens a PDF never loads pdf.js); a PDF without
 * a text layer is read by OCR; text in an old Vietnamese encoding (TCVN3,
 * VNI, VIQR) is converted to Unicode, with a note. Never throws.
 *
 * @param format - the detected format
 * @param bytes - the file's content
 * @param options - progress and cancellation
 * @returns the text with its origins and notes, or why there is none
 */
export async function readDocumentText(
  format: DocumentFormat,
  bytes: Uint8Array,
  options: DocumentReadOptions = {},
): Promise<DocumentTextResult> {
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
  options: DocumentReadOptions,
): Promise<DocumentTextResult> {
  switch (format) {
    case "docx": {
      const docx = await docxText(bytes);
      return "reason" in docx
        ? { failure: "io.bad-docx", params: { reason: docx.reason } }
        : { text: docx.text, method: "docx" };
    }
    case "pdf": {
      const { pdfText } = await import("./pdf/pdfText");
      const read = await pdfText(bytes, options);
      if (!isDocumentFailure(read) || read.failure !== "ingest.pdf-needs-ocr") return read;
      const { ocrText } = await import("./ocr/ocrText");
      return ocrText(bytes, options);
    }
    case "image": {
      const { ocrText } = await import("./ocr/ocrText");
      return ocrText(bytes, options);
    }
    case "doc": {
      const { docText } = await import("./doc/docText");
      return docText(bytes, options);
    }
    case "odt": {
      const { odtText } = await import("./odt/odtText");
      return odtText(bytes, options);
    }
    case "rtf": {
      const { rtfText } = await import("./rtf/rtfText");
      return rtfText(bytes, options);
    }
  }
}
