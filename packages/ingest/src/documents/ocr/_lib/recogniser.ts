/// <reference path="./tesseractData.d.ts" />
import type { DocumentReadOptions } from "../../DocumentText";
import { inNode } from "./raster";
import type { TesseractBlocksData } from "./tesseractTypes";

/** `@tesseract.js-data/vie`, named through a variable so that a browser bundle leaves it out (it needs `path`). */
const VIE_DATA = "@tesseract.js-data/vie";

/** Which Vietnamese model: `best_int` (LSTM, integer, more accurate) or `fast` (`4.0.0`). */
export const VIE_MODEL = "4.0.0_best_int";

/** A tesseract.js worker ready for Vietnamese pages. */
export interface Recogniser {
  readonly recognise: (image: Uint8Array | Blob, dpi: number) => Promise<TesseractBlocksData>;
  /** Reads an image holding one line of text (page segmentation "single line", no turning). */
  readonly recogniseLine: (image: Uint8Array | Blob, dpi: number) => Promise<TesseractBlocksData>;
  readonly terminate: () => Promise<void>;
}

/**
 * A tesseract.js 7 worker for Vietnamese (LSTM engine, automatic page
 * segmentation so the two header columns are separate blocks), its language
 * data read from `@tesseract.js-data/vie` in node_modules in Node (nothing
 * fetched, nothing cached to disk), or from `options.ocr` URLs in a browser.
 */
export async function createRecogniser(options: DocumentReadOptions): Promise<Recogniser> {
  const tesseract = await import("tesseract.js");
  const { createWorker, OEM, PSM } = tesseract.default ?? tesseract;
  const paths = options.ocr ?? {};
  let langPath = paths.langPath;
  if (langPath === undefined && inNode()) {
    const data = (await import(/* @vite-ignore */ VIE_DATA)) as {
      langPath?: string;
      default?: { langPath?: string };
    };
    const fast = data.default?.langPath ?? data.langPath ?? "";
    langPath = fast.replace(/4\.0\.0$/u, VIE_MODEL);
  }
  // tesseract.js 7 never settles createWorker when the language data cannot be loaded (its own catch
  // swallows the rejection) but calls errorHandler: that ends the wait with an error instead.
  let fail: (error: Error) => void = () => {};
  const failed = new Promise<never>((_, reject) => {
    fail = reject;
  });
  const worker = await Promise.race([
    createWorker("vie", OEM.LSTM_ONLY, {
      ...(langPath === undefined ? {} : { langPath }),
      ...(paths.workerPath === undefined ? {} : { workerPath: paths.workerPath }),
      ...(paths.corePath === undefined ? {} : { corePath: paths.corePath }),
      gzip: true,
      cacheMethod: "none",
      errorHandler: (error: unknown) => fail(new Error(String(error))),
    }),
    failed,
  ]);
  // debug_file: tesseract's own chatter ("Detected 68 diacritics") goes nowhere, not to the console.
  await worker.setParameters({ tessedit_pageseg_mode: PSM.AUTO, debug_file: "/dev/null" });
  return {
    recognise: async (image, dpi) => {
      await worker.setParameters({
        tessedit_pageseg_mode: PSM.AUTO,
        user_defined_dpi: String(Math.round(dpi)),
      });
      const result = await worker.recognize(
        image as never,
        { rotateAuto: true },
        { blocks: true, text: false },
      );
      return result.data as TesseractBlocksData;
    },
    recogniseLine: async (image, dpi) => {
      await worker.setParameters({
        tessedit_pageseg_mode: PSM.SINGLE_LINE,
        user_defined_dpi: String(Math.round(dpi)),
      });
      const result = await worker.recognize(image as never, {}, { blocks: true, text: false });
      return result.data as TesseractBlocksData;
    },
    terminate: async () => {
      await worker.terminate();
    },
  };
}
