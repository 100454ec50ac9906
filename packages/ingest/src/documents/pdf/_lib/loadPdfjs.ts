type Pdfjs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
let loaded: Promise<Pdfjs> | undefined;

/**
 * pdf.js (legacy build: Node ≥ 20 and older browsers), imported once. In
 * Node it runs without a worker thread (pdf.js sets up its "fake worker"
 * from `pdf.worker.mjs` itself); in a browser, `workerSrc` (the URL of
 * `pdfjs-dist/legacy/build/pdf.worker.mjs` as the bundler serves it) is set
 * on `GlobalWorkerOptions` unless one is already set.
 */
export async function loadPdfjs(workerSrc?: string): Promise<Pdfjs> {
  loaded ??= import("pdfjs-dist/legacy/build/pdf.mjs");
  const pdfjs = await loaded;
  if (workerSrc && !pdfjs.GlobalWorkerOptions.workerSrc) pdfjs.GlobalWorkerOptions.workerSrc = workerSrc;
  return pdfjs;
}
