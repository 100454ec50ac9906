import { type Canvas, createCanvas, loadImage } from "@napi-rs/canvas";
import { PDFDocument } from "pdf-lib";
import { drawScanPages } from "./_lib/drawScanPages";
import { drawStamp } from "./_lib/drawStamp";
import { encodeTiff } from "./_lib/encodeTiff";
import { scanBlocks } from "./_lib/scanBlocks";
import { seededRandom } from "./_lib/seededRandom";

/** How `renderScan` prints and scans a text. */
export interface RenderScanOptions {
  /** Resolution of the scan: 200 or 300 dots per inch (default 300). */
  readonly dpi?: 200 | 300;
  /** Skew of the page on the scanner glass, in degrees, at most ±2 (default 0). */
  readonly rotate?: number;
  /** Density of speckle noise, 0..1 (default 0: none); 0.3 is a dusty glass. */
  readonly noise?: number;
  /** JPEG quality 1..100 of the page images for "jpeg" and "pdf" (default 80); for "tiff", when given, the pages pass through JPEG first. */
  readonly jpegQuality?: number;
  /** A red round seal (and a red signature stroke) over the signature block: `true`, or the seal's text (default none). */
  readonly stamp?: boolean | string;
  /** The file made (default "png"): one image a page for png/jpeg, an image-only PDF, a multi-page RGB TIFF. */
  readonly format?: "png" | "jpeg" | "pdf" | "tiff";
  /** Seed of the speckle noise (default 1). */
  readonly seed?: number;
}

/** A scan made by `renderScan`. */
export interface RenderedScan {
  /** The file: for png/jpeg, the first page's image (see `pages` for the others). */
  readonly bytes: Uint8Array;
  /** Each page's image, PNG or JPEG (JPEG for "pdf"; PNG for "tiff"). */
  readonly pages: readonly Uint8Array[];
}

const SEAL_TEXT = "ỦY BAN NHÂN DÂN * ";

/**
 * A plan's text printed on A4 pages, signed, stamped and scanned, for
 * tests and the evaluation of OCR (Node only): DejaVu Serif 13 pt, the
 * header in two columns as Nghị định 30/2020/NĐ-CP lays it out, tables with
 * borders, the signature block on the right; then, seeded, a skew of up to
 * 2°, speckle noise and JPEG compression, and a red seal overlapping the
 * lines near the signature. The same text and options give the same bytes.
 *
 * @param text - the text, one line a line (tabs separate a table row's cells)
 * @param options - resolution, skew, noise, JPEG quality, stamp, file format, seed
 * @returns the file's bytes and each page's image
 * @example
 * const scan = await renderScan(seedText("003_c2f82bd70c212939.txt"), { rotate: 1.5, noise: 0.3, stamp: true, format: "pdf" });
 * await readPlanFilesAsync([{ name: "003.pdf", bytes: scan.bytes }]);
 */
export async function renderScan(text: string, options: RenderScanOptions = {}): Promise<RenderedScan> {
  const dpi = options.dpi ?? 300;
  const format = options.format ?? "png";
  const random = seededRandom(options.seed ?? 1);
  const { pages, signature } = drawScanPages(scanBlocks(text), dpi);
  if (options.stamp) {
    const seal = typeof options.stamp === "string" ? options.stamp : SEAL_TEXT;
    const page = pages[signature.page];
    if (page) drawStamp(page.getContext("2d"), signature.x, signature.y, dpi, seal.repeat(2));
  }
  const angle = Math.max(-2, Math.min(2, options.rotate ?? 0));
  const scanned = pages.map((page) => scanPage(page, angle, options.noise ?? 0, random));
  const quality = options.jpegQuality ?? 80;
  if (format === "tiff") {
    // With a JPEG quality, the pages go through JPEG first, as a scanner's JPEG saved again as TIFF.
    const sources =
      options.jpegQuality === undefined
        ? scanned
        : await Promise.all(scanned.map((page) => jpegRoundTrip(page, quality)));
    const rgbPages = sources.map((page) => {
      const { data, width, height } = page.getContext("2d").getImageData(0, 0, page.width, page.height);
      const rgb = new Uint8Array(width * height * 3);
      for (let i = 0, j = 0; i < data.length; i += 4, j += 3) {
        rgb[j] = data[i] ?? 255;
        rgb[j + 1] = data[i + 1] ?? 255;
        rgb[j + 2] = data[i + 2] ?? 255;
      }
      return { width, height, rgb };
    });
    const images = await Promise.all(scanned.map(async (page) => new Uint8Array(await page.encode("png"))));
    return { bytes: encodeTiff(rgbPages, dpi), pages: images };
  }
  const images = await Promise.all(
    scanned.map(
      async (page) =>
        new Uint8Array(format === "png" ? await page.encode("png") : await page.encode("jpeg", quality)),
    ),
  );
  if (format !== "pdf") return { bytes: images[0] ?? new Uint8Array(), pages: images };
  const pdf = await PDFDocument.create();
  for (const image of images) {
    const embedded = await pdf.embedJpg(image);
    const page = pdf.addPage([595.28, 841.89]);
    page.drawImage(embedded, { x: 0, y: 0, width: 595.28, height: 841.89 });
  }
  return { bytes: await pdf.save(), pages: images };
}

/** The page as it comes off the scanner: turned by `angle` degrees about its centre on white, with speckles. */
function scanPage(page: Canvas, angle: number, noise: number, random: () => number): Canvas {
  const out = createCanvas(page.width, page.height);
  const ctx = out.getContext("2d");
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, page.width, page.height);
  ctx.translate(page.width / 2, page.height / 2);
  ctx.rotate((angle * Math.PI) / 180);
  ctx.drawImage(page, -page.width / 2, -page.height / 2);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  if (noise > 0) {
    const dots = Math.round(noise * (page.width * page.height) * 0.0005);
    for (let i = 0; i < dots; i++) {
      const shade = Math.floor(40 + random() * 120);
      ctx.fillStyle = `rgb(${shade},${shade},${shade})`;
      const r = 0.5 + random() * 1.6;
      ctx.beginPath();
      ctx.arc(random() * page.width, random() * page.height, r, 0, Math.PI * 2);
      ctx.fill();
    }
  }
  return out;
}

/** The page encoded as JPEG and decoded again: its compression artefacts kept. */
async function jpegRoundTrip(page: Canvas, quality: number): Promise<Canvas> {
  const image = await loadImage(await page.encode("jpeg", quality));
  const out = createCanvas(page.width, page.height);
  out.getContext("2d").drawImage(image, 0, 0);
  return out;
}
