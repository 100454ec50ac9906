import { pageFormat } from "../../pageFormat";
import { jpegProblem } from "./jpegProblem";
import { pngProblem } from "./pngProblem";
import { createSurface, decodeImage, type Raster } from "./raster";

/** The pages of a scan, decoded one at a time so a long PDF never holds all its page images at once. */
export interface PageImages {
  readonly count: number;
  readonly page: (index: number) => Promise<Raster>;
  readonly close: () => Promise<void>;
}

/** Resolution at which a PDF's pages are rendered for recognition. */
const PDF_DPI = 300;

/**
 * The pages of a PNG, JPEG, TIFF (one or many pages, through utif2) or PDF
 * (each page rendered by pdf.js at 300 dpi), known by their first bytes.
 * Throws when the bytes are none of these or cannot be decoded.
 */
export async function pageImages(bytes: Uint8Array): Promise<PageImages> {
  const kind = pageFormat(bytes);
  if (kind === "png" || kind === "jpeg") {
    // A decoder fills a cut file's missing rows with nothing; its end marker tells it was cut.
    if (!hasEnd(bytes, kind)) throw new Error(`the ${kind.toUpperCase()} file is cut short (no end marker)`);
    // a damaged header must not reach the native decoder (a crash, or the pixels it claims allocated)
    const damaged = kind === "png" ? pngProblem(bytes) : jpegProblem(bytes);
    if (damaged) throw new Error(damaged);
    const raster = await decodeImage(bytes);
    return { count: 1, page: async () => raster, close: async () => {} };
  }
  if (kind === "tiff") {
    const UTIF = (await import("utif2")).default;
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const ifds = UTIF.decode(buffer).filter(
      (ifd) => Number((ifd.t256 as number[] | undefined)?.[0] ?? 0) > 0,
    );
    if (ifds.length === 0) throw new Error("a TIFF without images");
    return {
      count: ifds.length,
      page: async (index) => {
        const ifd = ifds[index];
        if (!ifd) throw new Error(`no page ${index + 1}`);
        UTIF.decodeImage(buffer, ifd);
        const rgba = UTIF.toRGBA8(ifd);
        if (!ifd.width || !ifd.height || rgba.length < ifd.width * ifd.height * 4) {
          throw new Error(`page ${index + 1} of the TIFF has no pixels`);
        }
        return {
          width: ifd.width,
          height: ifd.height,
          data: new Uint8ClampedArray(rgba.buffer, rgba.byteOffset, ifd.width * ifd.height * 4),
        };
      },
      close: async () => {},
    };
  }
  if (kind === "pdf") {
    const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
    const document = await pdfjs.getDocument({
      data: bytes.slice(),
      isEvalSupported: false,
      useSystemFonts: false,
      disableFontFace: true,
      verbosity: 0,
    }).promise;
    return {
      count: document.numPages,
      page: async (index) => {
        const page = await document.getPage(index + 1);
        const viewport = page.getViewport({ scale: PDF_DPI / 72 });
        const width = Math.ceil(viewport.width);
        const height = Math.ceil(viewport.height);
        const target = await createSurface(width, height);
        await page.render({
          canvas: target.canvas as HTMLCanvasElement,
          canvasContext: target.context,
          viewport,
        }).promise;
        page.cleanup();
        return target.raster();
      },
      close: () => document.destroy(),
    };
  }
  throw new Error("not a PNG, JPEG, TIFF or PDF");
}

/** Whether a PNG ends with its IEND chunk, a JPEG with its EOI marker (allowing trailing bytes after it). */
function hasEnd(bytes: Uint8Array, kind: "png" | "jpeg"): boolean {
  const tail = bytes.subarray(Math.max(0, bytes.length - 4096));
  for (let i = tail.length - 2; i >= 0; i--) {
    if (kind === "jpeg" && tail[i] === 0xff && tail[i + 1] === 0xd9) return true;
    if (
      kind === "png" &&
      tail[i] === 0x49 &&
      tail[i + 1] === 0x45 &&
      tail[i + 2] === 0x4e &&
      tail[i + 3] === 0x44
    ) {
      return true;
    }
  }
  return false;
}
