import { createCanvas } from "@napi-rs/canvas";
import { describe, it } from "vitest";
import { assertDocumentReader, PROPERTY_TIMEOUT_MS } from "../../_testing/hostileInput";
import { renderScan } from "../../testing/renderScan";
import type { DocumentTextResult } from "../DocumentText";
import { pageImages } from "./_lib/pageImages";

/**
 * Runs: a damaged PNG is refused by its structure (signature, chunk CRCs) before any decoder sees it, in
 * about 5 ms on an idle machine (15 on a busy one), so 4,000 damaged copies of a small real scan (seed 003's title
 * lines at 200 dpi) and 6,000 arbitrary or truncated files (about 35 s on an idle machine). Before that check, the second damaged copy (its signature's line-end
 * bytes zeroed) crashed the process in @napi-rs/canvas with a segmentation fault.
 *
 * A JPEG has no checksum: most damage falls in its coded data, passes `jpegProblem` and is decoded (with
 * grey where the data is wrong), and recognising each such page would take seconds. So the JPEG property
 * runs the reader up to recognition (`pageImages`, then decoding the page, as `ocrText` does first):
 * what it checks is that no damaged header reaches the native decoder, where libjpeg's fatal errors
 * crash the process (this property found a Huffman count changed and a missing table). 6,000 damaged
 * copies of a 1 KB JPEG, mostly headers, and 3,000 arbitrary or truncated files (a few ms each); 600
 * damaged copies of the title lines scanned at 200 dpi and 400 arbitrary or truncated (about 40 ms each).
 */
describe("readDocumentText on hostile scans (property)", () => {
  it(
    "never rejects on a real PNG scan with bytes damaged, cut, or on arbitrary bytes; fails with a catalogue code or gives text with one origin a line",
    async () => {
      const { bytes } = await renderScan("KẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2024", { dpi: 200 });
      await assertDocumentReader("image", bytes, { seed: 1_559, runs: 4_000, arbitraryRuns: 6_000 });
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    "never rejects on a JPEG with bytes damaged, cut, or on arbitrary bytes, up to recognition: a coded failure or a decoded page",
    async () => {
      const decode = async (file: Uint8Array): Promise<DocumentTextResult> => {
        let pages: Awaited<ReturnType<typeof pageImages>>;
        try {
          pages = await pageImages(file);
        } catch (error) {
          return { failure: "ingest.image-damaged", params: { reason: String(error) } };
        }
        try {
          const raster = await pages.page(0);
          if (raster.data.length !== raster.width * raster.height * 4)
            return { failure: "a raster of the wrong size" };
        } catch (error) {
          return { failure: "ingest.image-damaged", params: { reason: String(error) } };
        } finally {
          await pages.close();
        }
        return { text: "", method: "ocr" };
      };
      // a word drawn on 48 × 24 pixels: its headers are most of its 1 KB, so most damage lands in them
      const canvas = createCanvas(48, 24);
      const context = canvas.getContext("2d");
      context.fillStyle = "#fff";
      context.fillRect(0, 0, 48, 24);
      context.fillStyle = "#000";
      context.fillText("KẾ", 4, 16);
      const small = new Uint8Array(await canvas.encode("jpeg", 80));
      await assertDocumentReader("image", small, {
        seed: 1_563,
        runs: 6_000,
        arbitraryRuns: 3_000,
        read: decode,
      });
      const { bytes } = await renderScan("KẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2024", {
        dpi: 200,
        format: "jpeg",
      });
      await assertDocumentReader("image", bytes, {
        seed: 1_561,
        runs: 600,
        arbitraryRuns: 400,
        read: decode,
      });
    },
    PROPERTY_TIMEOUT_MS,
  );
});
