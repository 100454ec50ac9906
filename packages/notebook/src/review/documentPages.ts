import { type PageFormat, pageFormat } from "@parcomms/ingest";
import { type LineBand, pageLineBands } from "./pageLineBands";

/** One page of a document, drawn for the review: an image URL (a `blob:` URL) and its lines, when known. */
export interface DocumentPage {
  readonly url: string;
  readonly width: number;
  readonly height: number;
  /** For a PDF page with a text layer: its visual lines, top first (see {@link pageLineBands}); empty for scans. */
  readonly bands: readonly LineBand[];
}

/** A document's pages, drawn one at a time when asked for, a few kept (see {@link documentPages}). */
export interface DocumentPages {
  readonly kind: PageFormat;
  readonly count: number;
  /** Draws page `index` (0-based), or gives it from the few last drawn. */
  page(index: number): Promise<DocumentPage>;
  /** Lets go of the drawn pages' URLs and of the PDF. */
  close(): void;
}

/** Options of {@link documentPages}. */
export interface DocumentPagesOptions {
  /** URL of pdf.js's worker (the notebook's `documentAssets().pdfWorkerSrc`). */
  readonly pdfWorkerSrc: string;
  /** Width in pixels pages are drawn at (default 1100). */
  readonly width?: number;
  /** How many drawn pages are kept (default 3); older ones are let go. */
  readonly keep?: number;
}

interface Drawn {
  readonly width: number;
  readonly height: number;
  readonly blob: Blob;
  readonly bands: readonly LineBand[];
}

/** A canvas of the given size drawn by `draw`, as a PNG blob. */
async function canvasBlob(
  width: number,
  height: number,
  draw: (canvas: HTMLCanvasElement, context: CanvasRenderingContext2D) => Promise<void> | void,
): Promise<Blob> {
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext("2d");
  if (!context) throw new Error("no 2D canvas");
  context.fillStyle = "#fff";
  context.fillRect(0, 0, width, height);
  await draw(canvas, context);
  const blob = await new Promise<Blob | null>((done) => canvas.toBlob(done, "image/png"));
  // Let the canvas's memory go at once rather than at the next collection.
  canvas.width = 0;
  canvas.height = 0;
  if (!blob) throw new Error("the page could not be drawn");
  return blob;
}

/** The pages of a PDF, each drawn by pdf.js on this thread (its parsing runs in pdf.js's own worker). */
async function pdfPages(bytes: Uint8Array, options: DocumentPagesOptions, width: number) {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  if (!pdfjs.GlobalWorkerOptions.workerSrc) pdfjs.GlobalWorkerOptions.workerSrc = options.pdfWorkerSrc;
  const pdf = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise;
  const draw = async (index: number): Promise<Drawn> => {
    const page = await pdf.getPage(index + 1);
    const scale = width / page.getViewport({ scale: 1 }).width;
    const viewport = page.getViewport({ scale });
    const w = Math.ceil(viewport.width);
    const h = Math.ceil(viewport.height);
    const blob = await canvasBlob(w, h, async (canvas, context) => {
      await page.render({ canvas, canvasContext: context, viewport }).promise;
    });
    const content = await page.getTextContent();
    const items = content.items.flatMap((item) => ("str" in item ? [item] : []));
    const bands = pageLineBands(items, page.view);
    page.cleanup();
    return { width: w, height: h, blob, bands };
  };
  return { count: pdf.numPages, draw, close: () => void pdf.destroy() };
}

/** The pages of a TIFF (one or many), decoded by utif2 one at a time and scaled to `width`. */
async function tiffPages(bytes: Uint8Array, width: number) {
  const UTIF = (await import("utif2")).default;
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const ifds = UTIF.decode(buffer).filter((ifd) => Number((ifd.t256 as number[] | undefined)?.[0] ?? 0) > 0);
  if (ifds.length === 0) throw new Error("a TIFF without images");
  const draw = async (index: number): Promise<Drawn> => {
    const ifd = ifds[index];
    if (!ifd) throw new Error(`no page ${index + 1}`);
    UTIF.decodeImage(buffer, ifd);
    const rgba = UTIF.toRGBA8(ifd);
    if (!ifd.width || !ifd.height || rgba.length < ifd.width * ifd.height * 4)
      throw new Error(`page ${index + 1} of the TIFF has no pixels`);
    const pixels = new ImageData(
      new Uint8ClampedArray(rgba.buffer as ArrayBuffer, rgba.byteOffset, ifd.width * ifd.height * 4),
      ifd.width,
      ifd.height,
    );
    const bitmap = await createImageBitmap(pixels);
    const w = Math.min(width, ifd.width);
    const h = Math.round((ifd.height * w) / ifd.width);
    const blob = await canvasBlob(w, h, (_canvas, context) => context.drawImage(bitmap, 0, 0, w, h));
    bitmap.close();
    return { width: w, height: h, blob, bands: [] };
  };
  return { count: ifds.length, draw, close: () => {} };
}

/** A PNG or JPEG: one page, the file itself. */
async function imagePage(bytes: Uint8Array, kind: "png" | "jpeg") {
  const blob = new Blob([bytes.slice()], { type: `image/${kind}` });
  const bitmap = await createImageBitmap(blob);
  const drawn: Drawn = { width: bitmap.width, height: bitmap.height, blob, bands: [] };
  bitmap.close();
  return { count: 1, draw: async () => drawn, close: () => {} };
}

/**
 * A document's pages for the review (trang của văn bản), drawn lazily, one
 * page when asked for: a PDF's pages rendered by pdf.js (its worker at
 * `pdfWorkerSrc`) with the lines of their text layer; a TIFF's pages decoded
 * by utif2; a PNG or JPEG shown as itself. Only the last few pages drawn are
 * kept, so a 40-page plan never holds 40 images. Gives undefined for files
 * without pages (.txt, .docx, .odt, .doc …), which the review shows as text.
 * Throws when the file says it is a PDF or an image and cannot be opened.
 *
 * @param bytes - the file's bytes
 * @param options - pdf.js's worker URL, the width pages are drawn at, how many are kept
 * @returns the pages, or undefined for a file without pages
 * @example
 * const pages = await documentPages(bytes, { pdfWorkerSrc: documentAssets(document.baseURI).pdfWorkerSrc });
 * img.src = (await pages?.page(0))?.url ?? "";
 */
export async function documentPages(
  bytes: Uint8Array,
  options: DocumentPagesOptions,
): Promise<DocumentPages | undefined> {
  const kind = pageFormat(bytes);
  if (!kind) return undefined;
  const width = options.width ?? 1100;
  const keep = Math.max(1, options.keep ?? 3);
  const source =
    kind === "pdf"
      ? await pdfPages(bytes, options, width)
      : kind === "tiff"
        ? await tiffPages(bytes, width)
        : await imagePage(bytes, kind);
  // The pages drawn, last used last; each URL let go when its page is dropped.
  const drawn = new Map<number, Promise<DocumentPage>>();
  const release = (page: Promise<DocumentPage> | undefined) =>
    void page?.then(
      (p) => URL.revokeObjectURL(p.url),
      () => {},
    );
  return {
    kind,
    count: source.count,
    page(index) {
      let page = drawn.get(index);
      if (page) drawn.delete(index);
      else
        page = source.draw(index).then(({ blob, ...rest }) => ({ ...rest, url: URL.createObjectURL(blob) }));
      drawn.set(index, page);
      // A page that failed is drawn again when asked for next time.
      page.catch(() => drawn.get(index) === page && drawn.delete(index));
      while (drawn.size > keep) {
        const [oldest] = drawn.keys();
        if (oldest === undefined) break;
        release(drawn.get(oldest));
        drawn.delete(oldest);
      }
      return page;
    },
    close() {
      for (const page of drawn.values()) release(page);
      drawn.clear();
      source.close();
    },
  };
}
