/// <reference path="./tesseractData.d.ts" />
import type { DocumentFailure, DocumentReadOptions } from "../../DocumentText";
import { languageDataFailure } from "./languageDataFailure";
import { inNode } from "./raster";
import { startBrowserTesseract } from "./startBrowserTesseract";
import { startTesseractThread } from "./tesseractThread";
import type { TesseractBlocksData } from "./tesseractTypes";

/** `@tesseract.js-data/vie`, named through a variable so that a browser bundle leaves it out (it needs `path`). */
const VIE_DATA = "@tesseract.js-data/vie";

/** Which Vietnamese model: `best_int` (LSTM, integer, more accurate) or `fast` (`4.0.0`). */
export const VIE_MODEL = "4.0.0_best_int";

/** The environment variable naming, in Node, another folder for `vie.traineddata.gz` (a mirror, a test's damaged copy). */
export const LANG_PATH_VARIABLE = "PARCOMMS_OCR_LANG_PATH";

/** A tesseract.js worker ready for Vietnamese pages. */
export interface Recogniser {
  readonly recognise: (image: Uint8Array | Blob, dpi: number) => Promise<TesseractBlocksData>;
  /** Reads an image holding one line of text (page segmentation "single line", no turning). */
  readonly recogniseLine: (image: Uint8Array | Blob, dpi: number) => Promise<TesseractBlocksData>;
  readonly terminate: () => Promise<void>;
}

/**
 * A tesseract.js 7 worker for Vietnamese (LSTM engine, automatic page
 * segmentation so the two header columns are separate blocks). Its language
 * data — from `options.ocr.langPath`, else in Node `PARCOMMS_OCR_LANG_PATH`,
 * else `@tesseract.js-data/vie` in node_modules (nothing fetched, nothing
 * cached to disk) — is checked first, once per process
 * ({@link languageDataFailure}). The worker can always be stopped, even
 * while tesseract.js loads (whose `createWorker` never settles when loading
 * fails): in Node it runs in a thread of ours ({@link startTesseractThread}),
 * in a browser its web worker is caught as it is made
 * ({@link startBrowserTesseract}); `options.signal` aborting stops it.
 *
 * @returns the recogniser, or why there is none: an `ingest.ocr-data-*`
 * problem, `ingest.ocr-failed` (tesseract's reason) or `ingest.cancelled`
 * @example
 * const created = await createRecogniser({ signal });
 * if ("failure" in created) return created; // e.g. { failure: "ingest.ocr-data-truncated", params: { path, reason } }
 * try { await created.recognise(png, 300); } finally { await created.terminate(); }
 */
export async function createRecogniser(options: DocumentReadOptions): Promise<Recogniser | DocumentFailure> {
  const { signal } = options;
  const paths = options.ocr ?? {};
  const node = inNode();
  const langPath = paths.langPath ?? (node ? await nodeLangPath() : undefined);
  if (langPath !== undefined) {
    const bad = await languageDataFailure(langPath, "vie", signal);
    if (signal?.aborted) return { failure: "ingest.cancelled" };
    if (bad) return bad;
  }
  if (signal?.aborted) return { failure: "ingest.cancelled" };
  const tesseract = await import("tesseract.js");
  const { createWorker, OEM, PSM } = tesseract.default ?? tesseract;
  try {
    if (node && langPath !== undefined) {
      const thread = await startTesseractThread(
        { lang: "vie", langPath, oem: OEM.LSTM_ONLY, psm: PSM.AUTO, linePsm: PSM.SINGLE_LINE },
        signal,
      );
      return {
        recognise: (image, dpi) => thread.recognise(image as Uint8Array, dpi),
        recogniseLine: (image, dpi) => thread.recognise(image as Uint8Array, dpi, true),
        terminate: thread.terminate,
      };
    }
    const worker = await startBrowserTesseract(
      createWorker as never,
      "vie",
      OEM.LSTM_ONLY,
      {
        ...(langPath === undefined ? {} : { langPath }),
        ...(paths.workerPath === undefined ? {} : { workerPath: paths.workerPath }),
        ...(paths.corePath === undefined ? {} : { corePath: paths.corePath }),
        gzip: true,
        cacheMethod: "none",
      },
      signal,
    );
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
  } catch (error) {
    if (signal?.aborted) return { failure: "ingest.cancelled" };
    return {
      failure: "ingest.ocr-failed",
      params: { reason: error instanceof Error ? error.message : String(error) },
    };
  }
}

/** In Node: `PARCOMMS_OCR_LANG_PATH`, else the folder of the `best_int` model in `@tesseract.js-data/vie`. */
async function nodeLangPath(): Promise<string> {
  const given = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[
    LANG_PATH_VARIABLE
  ];
  if (given) return given;
  const data = (await import(/* @vite-ignore */ VIE_DATA)) as {
    langPath?: string;
    default?: { langPath?: string };
  };
  const fast = data.default?.langPath ?? data.langPath ?? "";
  return fast.replace(/4\.0\.0$/u, VIE_MODEL);
}
