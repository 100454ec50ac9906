import type { DocumentFailure } from "../../DocumentText";

/** The most a real `.traineddata` inflates to: the largest of tesseract's "best" models is under 100 MB. */
export const MAX_INFLATED_BYTES = 256 << 20;
/** Tesseract's `TESSDATA_NUM_ENTRIES` (tesseract 4 and 5): the table of contents has at most this many entries. */
const MAX_ENTRIES = 24;

/**
 * What is wrong with the bytes of a `<lang>.traineddata.gz`, checked before
 * tesseract.js is given them (it does not report these cases well: a file
 * that is not gzip is handed to tesseract as it is, a cut one fails deep in
 * its worker): the gzip signature (or else, as tesseract.js allows, bare
 * traineddata, as a server that sends the file with `Content-Encoding: gzip`
 * makes it arrive), the whole stream inflated (so a file cut
 * short is caught) up to {@link MAX_INFLATED_BYTES}, and the inflated data's
 * table of contents — an int32 count of entries, then that many int64
 * offsets, each -1 (absent) or inside the data and in ascending order, one at
 * least. Undefined when the data looks right.
 *
 * @param bytes - the file's content
 * @param path - the file's path or URL, named in the failure
 * @returns `ingest.ocr-data-not-gzip`, `ingest.ocr-data-truncated` or `ingest.ocr-data-not-traineddata`, or undefined
 * @example
 * await languageDataProblem(new TextEncoder().encode("<html>"), "/x/vie.traineddata.gz")
 * // { failure: "ingest.ocr-data-not-gzip", params: { path: "/x/vie.traineddata.gz" } }
 */
export async function languageDataProblem(
  bytes: Uint8Array,
  path: string,
): Promise<DocumentFailure | undefined> {
  if (bytes.length < 18 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) {
    // tesseract.js takes bare data too: a server that sent the file with `Content-Encoding: gzip` had it inflated
    if (isTrainedData(bytes.subarray(0, 4 + 8 * MAX_ENTRIES), bytes.length)) return undefined;
    return { failure: "ingest.ocr-data-not-gzip", params: { path } };
  }
  let head: Uint8Array;
  let length: number;
  try {
    ({ head, length } = await inflate(bytes));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { failure: "ingest.ocr-data-truncated", params: { path, reason } };
  }
  return isTrainedData(head, length)
    ? undefined
    : { failure: "ingest.ocr-data-not-traineddata", params: { path } };
}

/** The first bytes of the inflated stream (enough for the table of contents) and its whole length. */
async function inflate(bytes: Uint8Array): Promise<{ head: Uint8Array; length: number }> {
  const headSize = 4 + 8 * MAX_ENTRIES;
  const head = new Uint8Array(headSize);
  let length = 0;
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream("gzip"));
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (length < headSize) head.set(value.subarray(0, headSize - length), length);
    length += value.length;
    if (length > MAX_INFLATED_BYTES) {
      await reader.cancel();
      throw new Error(`inflates to more than ${MAX_INFLATED_BYTES >> 20} MB`);
    }
  }
  return { head: head.subarray(0, Math.min(length, headSize)), length };
}

function isTrainedData(head: Uint8Array, length: number): boolean {
  if (head.length < 4) return false;
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const entries = view.getInt32(0, true);
  const tableEnd = 4 + 8 * entries;
  if (entries < 1 || entries > MAX_ENTRIES || head.length < tableEnd) return false;
  let last = tableEnd - 1;
  let present = 0;
  for (let index = 0; index < entries; index++) {
    const offset = Number(view.getBigInt64(4 + 8 * index, true));
    if (offset === -1) continue;
    if (offset <= last || offset >= length) return false;
    last = offset;
    present++;
  }
  return present > 0;
}
