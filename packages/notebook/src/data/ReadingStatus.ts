import type { DocumentProgress } from "@parcomms/ingest";

/**
 * How far the reading of the files the user added has gone: files done of
 * the total, the file being read and that document's own progress (a PDF's
 * pages, a scan's OCR); then done or cancelled.
 *
 * @example
 * const status: ReadingStatus = { state: "reading", done: 1, total: 3, file: "003.pdf", document: { stage: "pdf", done: 2, total: 5 } };
 */
export interface ReadingStatus {
  readonly state: "reading" | "done" | "cancelled";
  readonly done: number;
  readonly total: number;
  /** The file being read. */
  readonly file?: string;
  readonly document?: DocumentProgress;
}
