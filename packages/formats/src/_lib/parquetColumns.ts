import type { ColumnMetaData, Compressors, DecodedArray, FileMetaData, SchemaElement } from "hyparquet";
import { parquetSchema } from "hyparquet";
import { readColumn } from "hyparquet/src/column.js";
import { DEFAULT_PARSERS } from "hyparquet/src/convert.js";
import { getTreePath } from "hyparquet/src/schema.js";

const decoder = new TextDecoder("utf-8", { ignoreBOM: true, fatal: true });

/** A text cell whose bytes are not UTF-8, kept apart so the reader can name the cell. */
export const NOT_UTF8: unique symbol = Symbol("not UTF-8");

function text(bytes: Uint8Array | undefined): string | typeof NOT_UTF8 | undefined {
  if (bytes === undefined) return undefined;
  try {
    return decoder.decode(bytes);
  } catch {
    return NOT_UTF8;
  }
}

/** Text and JSON columns decoded as text, keeping a leading U+FEFF; JSON stays the text written. */
const parsers = { ...DEFAULT_PARSERS, stringFromBytes: text, jsonFromBytes: text };

/**
 * The values of one top-level column of a Parquet file, every row group in
 * order, nulls as `null`. hyparquet's own readers are asynchronous; its
 * column reader is not, and the whole file is in memory, so the tables of a
 * Parquet file are read synchronously like those of an Arrow file. Pages
 * are inflated by `compressors` (see `countingCompressors`).
 */
export function parquetColumnValues(
  bytes: Uint8Array,
  metadata: FileMetaData,
  element: SchemaElement,
  compressors: Compressors,
): unknown[] {
  const schemaPath = getTreePath(parquetSchema(metadata), [element.name]);
  const values: unknown[] = [];
  let groupStart = 0;
  for (const group of metadata.row_groups) {
    const groupRows = Number(group.num_rows);
    const chunk = group.columns.find((c) => c.meta_data?.path_in_schema.join(".") === element.name);
    const meta: ColumnMetaData | undefined = chunk?.meta_data;
    if (meta === undefined)
      throw new Error(`row group at row ${groupStart + 1} has no chunk of "${element.name}"`);
    const start = Number(meta.dictionary_page_offset ?? meta.data_page_offset);
    const size = Number(meta.total_compressed_size);
    if (start < 0 || size < 0 || start + size > bytes.byteLength) {
      throw new Error(`the chunk of "${element.name}" lies outside the file`);
    }
    const reader = { view: new DataView(bytes.buffer, bytes.byteOffset + start, size), offset: 0 };
    const { data } = readColumn(
      reader,
      { groupStart, groupRows, selectStart: 0, selectEnd: groupRows },
      {
        pathInSchema: meta.path_in_schema,
        type: meta.type,
        element,
        schemaPath,
        codec: meta.codec,
        parsers,
        compressors,
      },
    );
    let read = 0;
    for (const part of data as DecodedArray[]) {
      for (let i = 0; i < part.length && read < groupRows; i++, read++) values.push(part[i] ?? null);
    }
    if (read !== groupRows)
      throw new Error(`column "${element.name}" has ${read} values for ${groupRows} rows`);
    groupStart += groupRows;
  }
  return values;
}
