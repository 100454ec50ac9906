/** How a document's text was obtained. */
export type DocumentMethod = "text" | "docx" | "doc" | "odt" | "rtf" | "pdf-text" | "ocr";

/** Where one line of a document's text came from: its page (1-based) and line on that page, and for OCR, its confidence. */
export interface LineOrigin {
  readonly page: number;
  /** 1-based line on the page. */
  readonly line: number;
  /** OCR confidence of the line, 0..1; absent for text read from a text layer or a word-processor file. */
  readonly confidence?: number;
}

/** Something a reader wants said about a document it read well (an `info` issue): a converted encoding, OCR used. */
export interface DocumentNote {
  readonly code: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** A document's text, laid out as `extractPlan` reads it: one line a line, a table row's cells separated by tabs. */
export interface DocumentText {
  readonly text: string;
  readonly method: DocumentMethod;
  /** Pages read (PDF, scans, multi-page TIFF). */
  readonly pages?: number;
  /** Where each line of `text` came from: `origins[i]` is line i + 1; absent for texts with no pages. */
  readonly origins?: readonly (LineOrigin | undefined)[];
  /** Info to report with the read (`ingest.encoding-converted`, `ingest.ocr`). */
  readonly notes?: readonly DocumentNote[];
}

/** Why a document gave no text: a stable code of the ingest message catalogue, with its parameters. */
export interface DocumentFailure {
  readonly failure: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

export type DocumentTextResult = DocumentText | DocumentFailure;

/** Progress of reading one document: a stage ("ocr", "pdf") and how far it is. */
export interface DocumentProgress {
  readonly stage: string;
  readonly done: number;
  readonly total: number;
}

/** Options every document reader takes. */
export interface DocumentReadOptions {
  readonly onProgress?: (progress: DocumentProgress) => void;
  /** Stops the read; a reader gives `ingest.timeout` or stops at its next step. */
  readonly signal?: AbortSignal;
  /**
   * Where OCR finds tesseract.js's files in a browser (URLs the app serves,
   * e.g. Vite assets): its worker script, its WebAssembly core and the folder
   * holding `vie.traineddata.gz`. In Node all three default to node_modules
   * (`tesseract.js`, `tesseract.js-core`, `@tesseract.js-data/vie`).
   */
  readonly ocr?: OcrPaths;
  /** In a browser: the URL of pdf.js's worker (`pdfjs-dist/legacy/build/pdf.worker.min.mjs`), set on pdf.js's `GlobalWorkerOptions` if none is; not needed in Node. */
  readonly pdfWorkerSrc?: string;
}

/** URLs of tesseract.js's worker script, core and language data folder, for reading scans in a browser. */
export interface OcrPaths {
  readonly workerPath?: string;
  readonly corePath?: string;
  readonly langPath?: string;
}

/** Whether a result is a failure. */
export function isDocumentFailure(result: DocumentTextResult): result is DocumentFailure {
  return "failure" in result;
}
