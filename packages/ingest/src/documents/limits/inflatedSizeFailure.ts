import type { DocumentFailure } from "../DocumentText";
import { formatBytes, LIMIT_LABELS } from "./_lib/limitLabels";
import { entryData, zipEntries } from "./_lib/zipEntries";
import { documentLimit } from "./documentLimit";
import type { DocumentLimitOverrides, LimitedFormat } from "./documentLimits";

/** Compressed bytes given to the inflater at a time: at most ~1,000 times as many come out (deflate's ratio). */
const SLICE = 4096;

/**
 * Whether a zip-based document (.docx, .odt) would inflate past its type's
 * inflated-size budget (`maxInflatedBytes`): an `ingest.inflated-too-large`
 * failure (params: `size`, `limit`, `format`) to give before any reader
 * inflates it, else undefined. Checked twice, before the reader runs: the
 * sum of the sizes the central directory declares, then, since a header
 * can lie, the entries themselves inflated as a stream (the web's
 * `DecompressionStream`, in Node and browsers) whose bytes are counted and
 * dropped, stopping as soon as the count passes the budget; memory stays
 * bounded by a slice's output. Bytes with no readable zip directory pass
 * (the reader reports the damage).
 *
 * @param bytes - the file
 * @param format - its input type
 * @param overrides - limits given by the caller (`ReadPlanFilesOptions.limits`)
 * @returns the failure, or undefined when the file may be read
 * @example
 * await inflatedSizeFailure(bomb, "docx")
 * // { failure: "ingest.inflated-too-large", params: { size: "400 MB", limit: "100 MB", format: ".docx" } }
 * await inflatedSizeFailure(readFileSync("003.docx"), "docx") // undefined
 */
export async function inflatedSizeFailure(
  bytes: Uint8Array,
  format: LimitedFormat,
  overrides: DocumentLimitOverrides = {},
): Promise<DocumentFailure | undefined> {
  const limit = documentLimit(format, overrides).maxInflatedBytes;
  const failure = (size: number): DocumentFailure => ({
    failure: "ingest.inflated-too-large",
    params: { size: formatBytes(size), limit: formatBytes(limit), format: LIMIT_LABELS[format] },
  });
  const entries = zipEntries(bytes);
  if (!entries) return undefined;
  const declared = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (declared > limit) return failure(declared);
  let inflated = 0;
  for (const entry of entries) {
    const data = entryData(bytes, entry);
    if (!data) continue;
    if (entry.method === 0) inflated += data.length;
    else if (entry.method === 8) inflated = await inflateCounting(data, inflated, limit);
    if (inflated > limit) return failure(inflated);
  }
  return undefined;
}

/** `counted` plus the bytes `data` inflates to, stopping once past `limit`; damaged data counts as read so far. */
async function inflateCounting(data: Uint8Array, counted: number, limit: number): Promise<number> {
  const stream = new DecompressionStream("deflate-raw");
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  let total = counted;
  const writing = (async () => {
    for (let at = 0; at < data.length && total <= limit; at += SLICE) {
      await writer.write(data.slice(at, at + SLICE));
    }
    if (total <= limit) await writer.close();
  })().catch(() => {});
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limit) {
        await reader.cancel().catch(() => {});
        await writer.abort().catch(() => {});
        break;
      }
    }
  } catch {
    // damaged deflate data: the reader will say so
  }
  await writing;
  return total;
}
