/**
 * Where the document readers find their files in the browser, passed to
 * `readPlanFilesAsync` as `readerOptions`: pdf.js's worker (`pdfWorkerSrc`)
 * and tesseract.js's worker, core and language folder (`ocr`). The build
 * copies them under `documents/` (see `build/documentAssets.ts`).
 *
 * @example
 * const assets: DocumentAssets = documentAssets("http://127.0.0.1:4173/");
 * assets.ocr.langPath // "http://127.0.0.1:4173/documents/ocr/lang"
 */
export interface DocumentAssets {
  readonly pdfWorkerSrc: string;
  readonly ocr: { readonly workerPath: string; readonly corePath: string; readonly langPath: string };
}

/**
 * The URLs of the document readers' files under the notebook's base.
 *
 * @param base - the notebook's base URL (`document.baseURI`)
 * @returns the URLs to pass to the readers
 * @example
 * documentAssets("https://example.org/notebook/").pdfWorkerSrc // "https://example.org/notebook/documents/pdf/pdf.worker.min.mjs"
 */
export function documentAssets(base: string): DocumentAssets {
  const at = (path: string) => new URL(`documents/${path}`, base).href;
  return {
    pdfWorkerSrc: at("pdf/pdf.worker.min.mjs"),
    ocr: {
      workerPath: at("ocr/worker.min.js"),
      corePath: at("ocr/tesseract-core-simd-lstm.wasm.js"),
      langPath: at("ocr/lang"),
    },
  };
}
