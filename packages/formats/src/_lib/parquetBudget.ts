import type { ColumnMetaData, Compressors, FileMetaData } from "hyparquet";
import { snappyUncompress } from "hyparquet";
import { parquetHeader } from "hyparquet/src/column.js";

/** Thrown inside hyparquet's page reading when the count passes the budget; turned into `table.inflated-too-large`. */
export class InflatedPastBudget extends Error {
  constructor(
    readonly size: number,
    readonly limit: number,
  ) {
    super(`inflates to ${size} bytes or more, over the budget of ${limit}`);
  }
}

/** What a value costs at least once read: a slot of a JavaScript array (a pointer or a double). */
export const BYTES_PER_VALUE = 8;

/**
 * The bytes reading the chunks `metas` takes by what the footer says: `pages`,
 * the `total_uncompressed_size` of their pages, and `values`, {@link BYTES_PER_VALUE} for
 * each of their values (their `num_values`, or `rows` for each of `columns`
 * when that is more). The values count because dictionary and run-length
 * encoding make millions of them out of a few bytes of pages (5 million
 * rows of one repeated text: a 6.7 KB file whose pages inflate to 2.6 KB).
 * A writer sets these numbers, so a damaged or hostile file may say less
 * than its pages inflate to; the pages are counted again as they are read
 * ({@link countingCompressors}).
 */
export function declaredReadBytes(
  metas: readonly ColumnMetaData[],
  rows: number,
  columns: number,
): { readonly pages: number; readonly values: number } {
  let bytes = 0;
  let values = 0;
  for (const meta of metas) {
    // a negative or NaN number is damage that the page reader reports; it must not lower the sum
    const size = Number(meta.total_uncompressed_size);
    if (size > 0) bytes += size;
    const count = Number(meta.num_values);
    if (count > 0) values += count;
  }
  return { pages: bytes, values: BYTES_PER_VALUE * Math.max(values, rows > 0 ? rows * columns : 0) };
}

/** The column chunks of `name` in every row group of the file, as far as the footer has them. */
export function chunksOf(metadata: FileMetaData, name: string): ColumnMetaData[] {
  const metas: ColumnMetaData[] = [];
  for (const group of metadata.row_groups) {
    const meta = group.columns.find((c) => c.meta_data?.path_in_schema.join(".") === name)?.meta_data;
    if (meta) metas.push(meta);
  }
  return metas;
}

/**
 * The bytes hyparquet will take for the pages of one column chunk (its
 * bytes `chunk`), by their own headers, which decide what it allocates:
 * each page's `uncompressed_page_size`, and {@link BYTES_PER_VALUE} for
 * each of its `num_values`. Only the headers are read (each page's data is
 * skipped), so a footer that understates its sizes or values is caught
 * before any page is inflated or decoded. Throws on a header it cannot read.
 */
export function pageHeaderBytes(chunk: DataView): number {
  const reader = { view: chunk, offset: 0 };
  let total = 0;
  // as hyparquet's column reader does: pages follow each other to the chunk's end
  while (reader.offset < chunk.byteLength - 1) {
    const header = parquetHeader(reader);
    const size = Number(header.uncompressed_page_size);
    const skip = Number(header.compressed_page_size);
    if (!(size >= 0 && skip >= 0)) throw new Error(`a page header at byte ${reader.offset} is damaged`);
    const values =
      header.data_page_header?.num_values ??
      header.data_page_header_v2?.num_values ??
      header.dictionary_page_header?.num_values ??
      0;
    total += size + BYTES_PER_VALUE * Math.max(0, Number(values) || 0);
    reader.offset += skip;
  }
  return total;
}

/**
 * {@link pageHeaderBytes} summed over the chunks `metas` of the file
 * `bytes`; a chunk that lies outside the file is left to the column reader,
 * which reports it.
 */
export function pagesBytes(bytes: Uint8Array, metas: readonly ColumnMetaData[]): number {
  let total = 0;
  for (const meta of metas) {
    const start = Number(meta.dictionary_page_offset ?? meta.data_page_offset);
    const size = Number(meta.total_compressed_size);
    if (!(start >= 0 && size >= 0 && start + size <= bytes.byteLength)) continue;
    total += pageHeaderBytes(new DataView(bytes.buffer, bytes.byteOffset + start, size));
  }
  return total;
}

/** Bytes counted so far for one file (its values' share, then its pages as they inflate), and its budget. */
export interface InflatedCount {
  bytes: number;
  readonly limit: number;
}

/**
 * The decompressors given to hyparquet's page reader in place of its own:
 * Snappy (the only codec it reads without help, and what pandas, pyarrow,
 * DuckDB and our own writer use by default), counting into `count` the
 * bytes of every page before its output is allocated. hyparquet allocates a
 * page's output at the size its page header claims, so that claim is the
 * memory a page really takes; the page is refused once the running total
 * would pass the budget, whatever the footer said. The other codecs stay
 * unsupported (hyparquet says so, a `table.bad-file`), so nothing inflates
 * uncounted.
 */
export function countingCompressors(count: InflatedCount): Compressors {
  return {
    SNAPPY: (input, outputLength) => {
      // a NaN or negative length would slip past the comparison below
      if (!(outputLength >= 0)) throw new Error(`a page claims ${outputLength} bytes once inflated`);
      const size = count.bytes + outputLength;
      if (size > count.limit) throw new InflatedPastBudget(size, count.limit);
      count.bytes = size;
      const output = new Uint8Array(outputLength);
      snappyUncompress(input, output);
      return output;
    },
  };
}
