import { type DataType, Type, tableFromIPC } from "@uwdata/flechette";
import { absentTable, mayBeAbsent } from "./_lib/absentTable";
import { arrowIpcProblem } from "./_lib/arrowIpcProblem";
import { arrowValues } from "./_lib/arrowValues";
import { cellProblem } from "./_lib/cells";
import { type PlanTables, planTableSpecs } from "./planTableSpecs";
import type { Cell, ColumnType, Table, TableSpec } from "./Table";
import { TableFormatError } from "./TableFormatError";

const TEXT: readonly number[] = [Type.Utf8, Type.LargeUtf8, Type.Utf8View];
const accepted: Record<ColumnType, readonly number[]> = {
  string: TEXT,
  json: TEXT,
  integer: [Type.Int],
  number: [Type.Float, Type.Int],
  boolean: [Type.Bool],
};

/**
 * Tidy tables read back from Arrow IPC files (đọc tệp Arrow), file or
 * stream format: the inverse of {@link tablesToArrow}. Columns are found by
 * name (extra columns are ignored) and may also come from other writers:
 * text as utf8, large utf8 or utf8 view (plain or dictionary-encoded),
 * integers of any width that hold safe integers, numbers as floats or
 * integers. Buffers must be uncompressed: no LZ4 or ZSTD codec is
 * registered with flechette, so a compressed file is refused
 * (`table.bad-file`) and nothing inflates past the file's own size.
 *
 * @param files - Arrow IPC bytes by file name (`plans.arrow` …)
 * @param specs - the tables to read; the plan tables when left out ({@link unitTableSpecs} for units)
 * @returns the tables by name, columns in the order of their specs
 * @throws {TableFormatError} `table.missing-file`, `table.bad-file` (not
 *   Arrow IPC, or compressed), `table.duplicate-column`, `table.missing-column`,
 *   `table.bad-column-type` or `table.bad-cell` (a null in a column that is
 *   never null, JSON that does not parse, an integer that is not safe)
 * @example
 * const tables = tablesFromArrow(tablesToArrow(planTables([plan003])));
 * plansFromTables(tables)[0]?.id // "003_c2f82bd70c212939"
 */
export function tablesFromArrow(files: Readonly<Record<string, Uint8Array>>): PlanTables;
export function tablesFromArrow<K extends string>(
  files: Readonly<Record<string, Uint8Array>>,
  specs: Readonly<Record<K, TableSpec>>,
): Record<K, Table>;
export function tablesFromArrow(
  files: Readonly<Record<string, Uint8Array>>,
  specs: Readonly<Record<string, TableSpec>> = planTableSpecs,
): Record<string, Table> {
  return Object.fromEntries(Object.entries(specs).map(([key, spec]) => [key, tableFromArrow(files, spec)]));
}

function tableFromArrow(files: Readonly<Record<string, Uint8Array>>, spec: TableSpec): Table {
  const file = `${spec.name}.arrow`;
  const bytes = files[file];
  if (bytes === undefined) {
    const absent = absentTable(spec);
    if (absent) return absent;
    throw new TableFormatError("table.missing-file", file, "the file is missing");
  }
  // flechette trusts the counts in the metadata: damaged ones are refused before it reads them.
  const problem = arrowIpcProblem(bytes);
  if (problem !== undefined) {
    throw new TableFormatError("table.bad-file", file, `not an Arrow IPC file: ${problem}`);
  }
  let arrow: ReturnType<typeof tableFromIPC>;
  try {
    arrow = tableFromIPC(bytes);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new TableFormatError("table.bad-file", file, `not an Arrow IPC file: ${reason}`);
  }
  checkLengths(arrow, bytes.length, file);
  const fields = arrow.schema.fields;
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
  const columns = present.map((column) => {
    const at = fields.findIndex((f) => f.name === column.name);
    const field = fields[at];
    if (!field)
      throw new TableFormatError("table.missing-column", file, "the schema has no such column", {
        column: column.name,
      });
    const typeId = valueTypeId(field.type);
    if (!accepted[column.type].includes(typeId)) {
      const typeName = Object.entries(Type).find(([, id]) => id === typeId)?.[0] ?? String(typeId);
      throw new TableFormatError(
        "table.bad-column-type",
        file,
        `column type ${column.type} cannot be read from the Arrow type ${typeName}`,
        { column: column.name },
      );
    }
    return arrowValues(arrow.getChildAt(at));
  });
  const rows = Array.from({ length: arrow.numRows }, (_, i) =>
    present.map((column, j) => {
      const read = columns[j]?.[i] ?? { value: null };
      const value = ("value" in read ? read.value : null) as Cell;
      const problem = "problem" in read ? read.problem : cellProblem(value, column);
      if (problem !== undefined) {
        throw new TableFormatError("table.bad-cell", file, problem, { row: i + 1, column: column.name });
      }
      return value;
    }),
  );
  return { name: spec.name, description: spec.description, columns: present, rows };
}

/** The type id of the values, looking through dictionary encoding. */
/**
 * A damaged file may claim more rows than it holds (a flipped length in a record batch or a field
 * node): every column must have the table's number of rows, and a row takes at least a bit of the
 * file, else reading would build millions of values from a few kilobytes.
 */
function checkLengths(arrow: ReturnType<typeof tableFromIPC>, size: number, file: string): void {
  if (arrow.numRows > size * 8) {
    throw new TableFormatError("table.bad-file", file, `claims ${arrow.numRows} rows in ${size} bytes`);
  }
  for (const [at, field] of arrow.schema.fields.entries()) {
    const length = arrow.getChildAt(at).length;
    if (length !== arrow.numRows) {
      throw new TableFormatError(
        "table.bad-file",
        file,
        `column "${field.name}" has ${length} values for ${arrow.numRows} rows`,
      );
    }
  }
}

function valueTypeId(type: DataType): number {
  return type.typeId === Type.Dictionary ? type.dictionary.typeId : type.typeId;
}
