import type { ColumnMetaData, Compressors, FileMetaData } from "hyparquet";
import { snappyUncompress } from "hyparquet";

/** Thrown inside hyparquet's page reading when the count passes the budget; turned into `table.inflated-too-large`. */
export class InflatedPastBudget extends Error {
  constructor(
    readonly size: number,
    readonly limit: number,
  ) {
    super(`inflates to ${size} bytes or more, over the budget of ${limit}`);
  }
}

/**
 * The bytes the chunks `metas` say they inflate to: their
 * `total_uncompressed_size`, as the footer gives them. A writer sets them,
 * so a damaged or hostile file may say less than its pages inflate to; the
 * pages are counted again as they are read ({@link countingCompressors}).
 */
export function declaredInflatedBytes(metas: readonly ColumnMetaData[]): number {
  let sum = 0;
  for (const meta of metas) {
    const size = Number(meta.total_uncompressed_size);
    // a negative or NaN size is damage that the page reader reports; it must not lower the sum
    if (size > 0) sum += size;
  }
  return sum;
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

/** Bytes inflated so far from one file's pages, and its budget. */
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
