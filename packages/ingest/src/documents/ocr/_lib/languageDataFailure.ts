import type { DocumentFailure } from "../../DocumentText";
import { languageDataProblem } from "./languageDataProblem";
import { inNode } from "./raster";

/** `node:fs/promises`, named through a variable so that a browser bundle leaves it out. */
const NODE_FS = "node:fs/promises";
/** The most a `<lang>.traineddata.gz` may weigh: the largest "best" model is about 15 MB. */
export const MAX_LANGUAGE_DATA_BYTES = 100 << 20;

/** Each checked file's answer, once per process (or browser worker): the data of a running process does not change. */
const checked = new Map<string, Promise<DocumentFailure | undefined>>();

/**
 * Whether OCR's language data at `langPath` can be given to tesseract.js,
 * checked once per process and file: `<langPath>/<lang>.traineddata.gz`
 * read (from the file system in Node, by `fetch` for a URL or in a browser),
 * at most {@link MAX_LANGUAGE_DATA_BYTES}, then {@link languageDataProblem}.
 * Never throws.
 *
 * @param langPath - the folder (a path in Node, or a URL) holding the data
 * @param lang - tesseract's language code
 * @param signal - stops a fetch that does not answer (a time limit, a cancel); the answer is then not kept
 * @returns `ingest.ocr-data-missing`, `ingest.ocr-data-too-large`, or what `languageDataProblem` finds; undefined when the data is good
 * @example
 * await languageDataFailure("/nowhere", "vie")
 * // { failure: "ingest.ocr-data-missing", params: { path: "/nowhere/vie.traineddata.gz", reason: "ENOENT: no such file or directory, …" } }
 */
export function languageDataFailure(
  langPath: string,
  lang: string,
  signal?: AbortSignal,
): Promise<DocumentFailure | undefined> {
  const path = `${langPath.replace(/\/+$/u, "")}/${lang}.traineddata.gz`;
  let answer = checked.get(path);
  if (!answer) {
    answer = check(path, signal);
    checked.set(path, answer);
    // a check stopped by its caller's signal says nothing of the data: the next read checks again
    void answer.then(() => {
      if (signal?.aborted) checked.delete(path);
    });
  }
  return answer;
}

async function check(path: string, signal?: AbortSignal): Promise<DocumentFailure | undefined> {
  let bytes: Uint8Array;
  try {
    const read = await readData(path, signal);
    if ("size" in read) {
      return {
        failure: "ingest.ocr-data-too-large",
        params: { path, size: megabytes(read.size), limit: megabytes(MAX_LANGUAGE_DATA_BYTES) },
      };
    }
    bytes = read.bytes;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { failure: "ingest.ocr-data-missing", params: { path, reason } };
  }
  return languageDataProblem(bytes, path);
}

/** The file's bytes, or its size when over the limit (then not read). */
async function readData(
  path: string,
  signal?: AbortSignal,
): Promise<{ bytes: Uint8Array } | { size: number }> {
  if (inNode() && !/^[a-z][a-z0-9+.-]*:\/\//iu.test(path)) {
    const { open, stat } = (await import(/* @vite-ignore */ NODE_FS)) as typeof import("node:fs/promises");
    // a FIFO or a device would block the read: only a regular file is opened
    if (!(await stat(path)).isFile()) throw new Error(`not a regular file: ${path}`);
    const file = await open(path, "r");
    try {
      const { size } = await file.stat();
      if (size > MAX_LANGUAGE_DATA_BYTES) return { size };
      return { bytes: new Uint8Array(await file.readFile()) };
    } finally {
      await file.close();
    }
  }
  const response = await fetch(path, signal ? { signal } : {});
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const declared = Number(response.headers.get("content-length") ?? 0);
  if (declared > MAX_LANGUAGE_DATA_BYTES) {
    await response.body?.cancel();
    return { size: declared };
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  return bytes.length > MAX_LANGUAGE_DATA_BYTES ? { size: bytes.length } : { bytes };
}

function megabytes(size: number): string {
  return `${Math.round((size / (1 << 20)) * 10) / 10} MB`;
}
