import { type FileMetaData, parquetMetadata, type SchemaElement } from "hyparquet";
import { absentTable, mayBeAbsent } from "./_lib/absentTable";
import { cellProblem } from "./_lib/cells";
import {
  chunksOf,
  countingCompressors,
  declaredReadBytes,
  type InflatedCount,
  InflatedPastBudget,
  pagesBytes,
} from "./_lib/parquetBudget";
import { NOT_UTF8, parquetColumnValues } from "./_lib/parquetColumns";
import { type PlanTables, planTableSpecs } from "./planTableSpecs";
import type { Cell, ColumnSpec, ColumnType, Table, TableSpec } from "./Table";
import { TableFormatError } from "./TableFormatError";

const accepted: Record<ColumnType, readonly string[]> = {
  string: ["BYTE_ARRAY"],
  json: ["BYTE_ARRAY"],
  integer: ["INT32", "INT64"],
  number: ["DOUBLE", "FLOAT", "INT32", "INT64"],
  boolean: ["BOOLEAN"],
};

/**
 * Tidy tables read back from Parquet files (đọc tệp Parquet): the inverse of
 * {@link tablesToParquet}, synchronous like {@link tablesFromArrow}. Columns
 * are found by name (extra columns are ignored) and may also come from other
 * writers (pandas/pyarrow, R's arrow, polars, DuckDB): text as BYTE_ARRAY
 * (STRING, JSON or not annotated), integers as INT32 or INT64 holding safe
 * integers, numbers as DOUBLE, FLOAT or integers; pages plain or
 * dictionary-encoded, uncompressed or Snappy-compressed, in any number of
 * row groups.
 *
 * Reading a file may take at most `maxInflatedBytes` (200 MB unless
 * given): its pages inflated, and 8 bytes a value. Checked before any page
 * is read, on the sizes and value counts the footer declares for the
 * columns read, then, since a footer can lie, on those of each page's own
 * header, and last on each page as it is inflated.
 *
 * @param files - Parquet bytes by file name (`plans.parquet` …)
 * @param specs - the tables to read; the plan tables when left out or undefined ({@link unitTableSpecs} for units)
 * @param options - the inflated-size budget ({@link TablesFromParquetOptions})
 * @returns the tables by name, columns in the order of their specs
 * @throws {TableFormatError} `table.missing-file`, `table.bad-file` (not
 *   Parquet, or pages it cannot decode, such as another compression codec),
 *   `table.inflated-too-large` (past `maxInflatedBytes`; `size` and `limit`
 *   in bytes), `table.duplicate-column`, `table.missing-column`,
 *   `table.bad-column-type` or `table.bad-cell` (a null in a column that is
 *   never null, JSON that does not parse, text that is not UTF-8, an integer
 *   that is not safe)
 * @example
 * const tables = tablesFromParquet(tablesToParquet(planTables([plan003])));
 * plansFromTables(tables)[0]?.id // "003_c2f82bd70c212939"
 * tablesFromParquet(files, undefined, { maxInflatedBytes: 1_000_000 }) // throws table.inflated-too-large past 1 MB a file
 */
export function tablesFromParquet(
  files: Readonly<Record<string, Uint8Array>>,
  specs?: undefined,
  options?: TablesFromParquetOptions,
): PlanTables;
export function tablesFromParquet<K extends string>(
  files: Readonly<Record<string, Uint8Array>>,
  specs: Readonly<Record<K, TableSpec>>,
  options?: TablesFromParquetOptions,
): Record<K, Table>;
export function tablesFromParquet(
  files: Readonly<Record<string, Uint8Array>>,
  specs: Readonly<Record<string, TableSpec>> = planTableSpecs,
  options: TablesFromParquetOptions = {},
): Record<string, Table> {
  const limit = options.maxInflatedBytes ?? DEFAULT_MAX_INFLATED_BYTES;
  return Object.fromEntries(
    Object.entries(specs).map(([key, spec]) => [key, tableFromParquet(files, spec, limit)]),
  );
}

/** Options of {@link tablesFromParquet}. */
export interface TablesFromParquetOptions {
  /**
   * The most bytes reading one file may take, counted over the columns
   * read: its pages inflated (Snappy) and 8 bytes a value (run-length and
   * dictionary encoding make millions of values of a few bytes). Default
   * 200 MB: the largest table of the synthetic national dataset
   * (content_items, 4.6 MB of Parquet, 169,545 rows) takes 51 MB; Snappy
   * alone can inflate a 50 MB file to about 1 GB. Past it the file gives
   * `table.inflated-too-large`.
   */
  readonly maxInflatedBytes?: number;
}

const DEFAULT_MAX_INFLATED_BYTES = 200 * 1024 * 1024;

function tableFromParquet(
  files: Readonly<Record<string, Uint8Array>>,
  spec: TableSpec,
  limit: number,
): Table {
  const file = `${spec.name}.parquet`;
  const bytes = files[file];
  if (bytes === undefined) {
    const absent = absentTable(spec);
    if (absent) return absent;
    throw new TableFormatError("table.missing-file", file, "the file is missing");
  }
  const badFile = (error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    return new TableFormatError("table.bad-file", file, `not a Parquet file it can read: ${reason}`);
  };
  let metadata: FileMetaData;
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    metadata = parquetMetadata(buffer);
  } catch (error) {
    throw badFile(error);
  }
  const fields = topLevelFields(metadata);
  const names = new Set<string>();
  for (const { name } of fields) {
    if (names.has(name)) {
      throw new TableFormatError("table.duplicate-column", file, "the schema names this column twice", {
        column: name,
      });
    }
    names.add(name);
  }
  const present = spec.columns.filter((column) => !mayBeAbsent(column) || names.has(column.name));
  const tooLarge = (size: number) =>
    new TableFormatError(
      "table.inflated-too-large",
      file,
      `reading it takes ${size} bytes or more (its pages inflated, 8 a value), over the budget of ${limit} (maxInflatedBytes)`,
      { size, limit },
    );
  const read = present.filter((column) => names.has(column.name));
  const chunks = read.flatMap((column) => chunksOf(metadata, column.name));
  const declared = declaredReadBytes(chunks, Number(metadata.num_rows), read.length);
  if (declared.pages + declared.values > limit) throw tooLarge(declared.pages + declared.values);
  // the footer may understate: the pages' own headers decide what hyparquet allocates, so they are read first
  let headed: number;
  try {
    headed = pagesBytes(bytes, chunks);
  } catch (error) {
    throw badFile(error);
  }
  if (headed > limit) throw tooLarge(headed);
  // the pages are counted as they inflate, over what the values take
  const count: InflatedCount = { bytes: declared.values, limit };
  const compressors = countingCompressors(count);
  const columns = present.map((column) => {
    const element = fields.find((f) => f.name === column.name);
    if (!element) {
      throw new TableFormatError("table.missing-column", file, "the schema has no such column", {
        column: column.name,
      });
    }
    const type = element.num_children ? "GROUP" : (element.type ?? "GROUP");
    if (!accepted[column.type].includes(type) || element.repetition_type === "REPEATED") {
      const what = element.repetition_type === "REPEATED" ? `repeated ${type}` : type;
      throw new TableFormatError(
        "table.bad-column-type",
        file,
        `column type ${column.type} cannot be read from the Parquet type ${what}`,
        { column: column.name },
      );
    }
    try {
      return parquetColumnValues(bytes, metadata, element, compressors);
    } catch (error) {
      if (error instanceof InflatedPastBudget) throw tooLarge(error.size);
      throw badFile(error);
    }
  });
  const rows = Array.from({ length: Number(metadata.num_rows) }, (_, i) =>
    present.map((column, j) => {
      const { value, problem } = cellOf(columns[j]?.[i], column);
      if (problem !== undefined) {
        throw new TableFormatError("table.bad-cell", file, problem, { row: i + 1, column: column.name });
      }
      return value;
    }),
  );
  return { name: spec.name, description: spec.description, columns: present, rows };
}

/** The columns of the file's top level, skipping the children of nested ones. */
function topLevelFields(metadata: FileMetaData): SchemaElement[] {
  const [root, ...rest] = metadata.schema;
  const fields: SchemaElement[] = [];
  let at = 0;
  const skip = (count: number) => {
    for (let k = 0; k < count; k++) {
      const element = rest[at++];
      if (element?.num_children) skip(element.num_children);
    }
  };
  for (let k = 0; k < (root?.num_children ?? 0) && at < rest.length; k++) {
    const element = rest[at++] as SchemaElement;
    fields.push(element);
    if (element.num_children) skip(element.num_children);
  }
  return fields;
}

function cellOf(raw: unknown, column: ColumnSpec): { value: Cell; problem?: string } {
  if (raw === NOT_UTF8) return { value: null, problem: "bytes that are not UTF-8" };
  let value = raw === undefined ? null : raw;
  if (typeof value === "bigint") {
    const number = Number(value);
    if (!Number.isSafeInteger(number))
      return { value: null, problem: `expected a safe integer, got ${value}` };
    value = number;
  }
  const problem = cellProblem(value as Cell, column);
  return problem === undefined ? { value: value as Cell } : { value: null, problem };
}
