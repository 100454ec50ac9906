import type { LineRange } from "@parcomms/core";
import type { Cell, Table } from "../Table";
import { TableFormatError } from "../TableFormatError";
import type { TypedTableSpec } from "./defineTable";

/** Typed access to the cells of one row, each accessor checking the cell and naming it in its error. */
export class RowReader<N extends string> {
  constructor(
    private readonly table: string,
    private readonly index: ReadonlyMap<N, number>,
    private readonly cells: readonly Cell[],
    /** Row number, 1-based. */
    readonly row: number,
  ) {}

  /** The raw cell of column `name`. */
  cell(name: N): Cell {
    return this.cells[this.index.get(name) ?? -1] ?? null;
  }

  /** Throws `table.bad-cell` for column `name`. */
  fail(name: N, detail: string): never {
    throw new TableFormatError("table.bad-cell", this.table, detail, { row: this.row, column: name });
  }

  string(name: N): string {
    const value = this.cell(name);
    if (typeof value !== "string") this.fail(name, `expected a string, got ${show(value)}`);
    return value;
  }

  optString(name: N): string | undefined {
    return this.cell(name) === null ? undefined : this.string(name);
  }

  /** A string that must be one of `options` (the values of a model enum). */
  oneOf<T extends string>(name: N, options: readonly T[]): T {
    const value = this.string(name);
    if (!(options as readonly string[]).includes(value)) {
      this.fail(name, `expected one of ${options.join(", ")}, got ${show(value)}`);
    }
    return value as T;
  }

  optOneOf<T extends string>(name: N, options: readonly T[]): T | undefined {
    return this.cell(name) === null ? undefined : this.oneOf(name, options);
  }

  integer(name: N): number {
    const value = this.cell(name);
    if (typeof value !== "number" || !Number.isSafeInteger(value)) {
      this.fail(name, `expected an integer, got ${show(value)}`);
    }
    return value;
  }

  optInteger(name: N): number | undefined {
    return this.cell(name) === null ? undefined : this.integer(name);
  }

  number(name: N): number {
    const value = this.cell(name);
    if (typeof value !== "number" || !Number.isFinite(value))
      this.fail(name, `expected a number, got ${show(value)}`);
    return value;
  }

  boolean(name: N): boolean {
    const value = this.cell(name);
    if (typeof value !== "boolean") this.fail(name, `expected a boolean, got ${show(value)}`);
    return value;
  }

  /** The parsed JSON of a json cell; its shape is checked later, against the Plan schema. */
  json<T>(name: N): T {
    const text = this.string(name);
    try {
      return JSON.parse(text) as T;
    } catch {
      return this.fail(name, `expected JSON text, got ${show(text)}`);
    }
  }

  optJson<T>(name: N): T | undefined {
    return this.cell(name) === null ? undefined : this.json<T>(name);
  }

  /** A line range from two integer columns that are both null or both set. */
  lines(start: N, end: N): LineRange | undefined {
    const first = this.optInteger(start);
    const last = this.optInteger(end);
    if (first === undefined && last === undefined) return undefined;
    if (first === undefined) return this.fail(start, `is null while ${end} is ${show(last ?? null)}`);
    if (last === undefined) return this.fail(end, `is null while ${start} is ${show(first)}`);
    return { start: first, end: last };
  }
}

/**
 * Readers over the rows of the table named by `spec` in `tables`, its columns
 * found by name (so their order does not matter; extra columns are ignored).
 * With `legacy` (every plan of the set is of an earlier schema version), a
 * column or table the spec marks `since` a later version may be missing: its
 * cells read as null, its rows as none. A table with no columns at all is a
 * missing file (the table readers return one for a file that is absent).
 */
export function readTable<N extends string>(
  tables: Readonly<Record<string, Table | undefined>>,
  spec: TypedTableSpec<N>,
  options: { readonly legacy?: boolean } = {},
): RowReader<N>[] {
  const table = tables[spec.name];
  if (!table || table.columns.length === 0) {
    if (options.legacy && spec.since !== undefined) return [];
    throw new TableFormatError("table.missing-file", spec.name, `table "${spec.name}" is missing`);
  }
  const index = new Map<N, number>();
  for (const column of spec.columns) {
    const at = table.columns.findIndex((c) => c.name === column.name);
    if (at < 0) {
      if (options.legacy && column.since !== undefined) continue;
      throw new TableFormatError("table.missing-column", spec.name, "column is missing", {
        column: column.name,
      });
    }
    index.set(column.name, at);
  }
  return table.rows.map((cells, i) => {
    if (cells.length !== table.columns.length) {
      throw new TableFormatError(
        "table.bad-row",
        spec.name,
        `has ${cells.length} cells for ${table.columns.length} columns`,
        { row: i + 1 },
      );
    }
    return new RowReader(spec.name, index, cells, i + 1);
  });
}

/** A short rendering of a cell for messages. */
export function show(value: Cell | undefined): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}
