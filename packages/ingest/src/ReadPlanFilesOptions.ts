import type { DocumentProgress, DocumentReadOptions } from "./documents/DocumentText";
import type { DocumentLimitOverrides } from "./documents/limits/documentLimits";

/** Options of {@link readPlanFiles} and {@link readPlanFilesAsync}. */
export interface ReadPlanFilesOptions {
  /**
   * Also run core's `validatePlan` on each plan as it is in the file and keep
   * its issues in `validation` (slower: about 3 ms a plan). Default false: a
   * plan is only checked against the schema.
   */
  readonly validate?: boolean;
  /** Keep a plan whose id was already read (still with an `io.duplicate-id` warning). Default false: it is left out. */
  readonly keepDuplicates?: boolean;
  /** Called after each file (or set of table files) is read, e.g. to draw a progress bar. Default: none. */
  readonly onProgress?: (done: number, total: number) => void;
  /** `readPlanFilesAsync`: called as a document (a PDF's pages, a scan's OCR) is read. Default: none. */
  readonly onDocumentProgress?: (file: string, progress: DocumentProgress) => void;
  /** `readPlanFilesAsync`: stops reading documents (OCR stops at its next page). */
  readonly signal?: AbortSignal;
  /**
   * `readPlanFilesAsync`: passed to every document reader as it is, e.g. where a browser finds the
   * readers' files (pdf.js's worker, tesseract.js's worker, core and language data). Default: none.
   */
  readonly readerOptions?: Omit<DocumentReadOptions, "onProgress" | "signal">;
  /**
   * Size and time limits by input type, in place of `documentLimits` (50 MB
   * for text, JSON, CSV and word-processor files, 200 MB for PDF; 60 s for a
   * word-processor file, 120 s for a PDF's text layer, 600 s of OCR). A file
   * over its size limit gives `ingest.too-large` and is not read; a document
   * read past its time gives `ingest.timeout`. Default: `documentLimits`.
   */
  readonly limits?: DocumentLimitOverrides;
}
