import { Plan } from "@parcomms/core";
import fc from "fast-check";
import { cellProblem } from "./_lib/cells";
import { type PlanTableName, planTableSpecs } from "./planTableSpecs";
import { planTables } from "./planTables";
import type { Table, TableSpec } from "./Table";
import { TableFormatError, type TableFormatErrorCode } from "./TableFormatError";

// Test support (not shipped): what the property suites of formats' readers share.

/** Every code a reader may throw with: the `satisfies` makes the list fail to compile when a code is added to the type and not here. */
const CODES = {
  "table.missing-file": true,
  "table.bad-file": true,
  "table.missing-column": true,
  "table.duplicate-column": true,
  "table.bad-column-type": true,
  "table.bad-row": true,
  "table.bad-cell": true,
  "table.duplicate-key": true,
  "table.orphan-row": true,
  "table.invalid-plan": true,
  "table.unknown-version": true,
  "table.inflated-too-large": true,
} satisfies Record<TableFormatErrorCode, true>;

/** Property runs of a cheap target (a reader on one small table or line). */
export const PROPERTY_RUNS = 10_000;
/** vitest's time limit for one property (the runs themselves take a few seconds). */
export const PROPERTY_TIMEOUT_MS = 120_000;

/**
 * What `read` did, as a problem for the suite or undefined: it may return (then `check` judges the
 * value) or throw a TableFormatError with a known code, a file and a message; any other throw is a bug.
 */
export function problemOfRead<T>(read: () => T, check: (value: T) => string | undefined): string | undefined {
  let value: T;
  try {
    value = read();
  } catch (error) {
    if (!(error instanceof TableFormatError)) return `threw ${String(error)}`;
    if (!Object.hasOwn(CODES, error.code)) return `code ${error.code} is not a TableFormatErrorCode`;
    if (error.file === "" || !error.message.startsWith(`${error.code}: `)) return `message ${error.message}`;
    return undefined;
  }
  return check(value);
}

/** Why `tables` do not fit `specs` (a table per spec, its columns the spec's in order, every cell fit for its column), or undefined. */
export function tablesProblem(
  tables: Readonly<Record<string, Table>>,
  specs: Readonly<Record<string, TableSpec>>,
): string | undefined {
  for (const [key, spec] of Object.entries(specs)) {
    const table = tables[key];
    if (!table || table.name !== spec.name) return `no table ${key}`;
    let at = 0;
    for (const column of table.columns) {
      while (at < spec.columns.length && spec.columns[at]?.name !== column.name) at++;
      const expected = spec.columns[at];
      if (!expected || expected.type !== column.type || expected.nullable !== column.nullable)
        return `${key}: column ${column.name} is not the spec's, or out of order`;
    }
    for (const [r, row] of table.rows.entries()) {
      if (row.length !== table.columns.length) return `${key} row ${r + 1}: ${row.length} cells`;
      for (const [c, column] of table.columns.entries()) {
        const problem = cellProblem(row[c], column);
        if (problem) return `${key} row ${r + 1} ${column.name}: ${problem}`;
      }
    }
  }
  return undefined;
}

/** Pieces that break text formats: quotes, separators, line ends, brackets, BOM, NUL, a lone surrogate, look-alike literals. */
const HOSTILE_PIECES = [
  '"',
  '""',
  ",",
  ";",
  "\t",
  "\n",
  "\r",
  "\r\n",
  "{",
  "}",
  "[",
  "]",
  ":",
  "\\",
  "\u0000",
  "\uFEFF",
  "\uD800",
  "null",
  "true",
  "-0",
  "1e999",
  "9007199254740993",
  "=cmd|' /C calc'!A0",
  '<img src=x onerror="alert(1)">',
  '{"__proto__":{"x":1}}',
  "Tuyên truyền",
  "Tuyên truyền".normalize("NFD"),
];

/** One hostile piece of text, or any short string. */
export const hostilePiece = fc.oneof(
  fc.constantFrom(...HOSTILE_PIECES),
  fc.string({ maxLength: 4 }),
  fc.string({ unit: "binary", maxLength: 3 }),
);

/** An edit of a text: delete a stretch, insert a hostile piece, repeat a stretch, or cut the end. */
export type TextEdit = readonly ["delete" | "insert" | "repeat" | "truncate", number, number, string];

/** Up to `max` edits of a text. */
export const textEdits = (max = 4): fc.Arbitrary<TextEdit[]> =>
  fc.array(
    fc.tuple(
      fc.constantFrom<TextEdit[0]>("delete", "insert", "insert", "repeat", "truncate"),
      fc.nat(),
      fc.integer({ min: 1, max: 40 }),
      hostilePiece,
    ),
    { minLength: 1, maxLength: max },
  );

/** `text` with `edits` applied, positions taken modulo its length. */
export function editText(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const [kind, position, length, piece] of edits) {
    const at = position % (out.length + 1);
    if (kind === "delete") out = out.slice(0, at) + out.slice(at + length);
    else if (kind === "insert") out = out.slice(0, at) + piece + out.slice(at);
    else if (kind === "repeat")
      out = out.slice(0, at + length) + out.slice(at, at + length) + out.slice(at + length);
    else out = out.slice(0, at);
  }
  return out;
}

/** An edit of bytes: flip one byte's bits, overwrite a byte, insert garbage, delete a stretch, or cut the end. */
export type ByteEdit = readonly [
  "flip" | "set" | "insert" | "delete" | "truncate",
  number,
  number,
  Uint8Array,
];

/** Up to `max` edits of a file's bytes. */
export const byteEdits = (max = 4): fc.Arbitrary<ByteEdit[]> =>
  fc.array(
    fc.tuple(
      fc.constantFrom<ByteEdit[0]>("flip", "flip", "set", "insert", "delete", "truncate"),
      fc.nat(),
      fc.integer({ min: 1, max: 255 }),
      fc.uint8Array({ minLength: 1, maxLength: 16 }),
    ),
    { minLength: 1, maxLength: max },
  );

/** `bytes` with `edits` applied (a copy), positions taken modulo the length. */
export function editBytes(bytes: Uint8Array, edits: readonly ByteEdit[]): Uint8Array {
  let out: Uint8Array = bytes.slice();
  for (const [kind, position, value, garbage] of edits) {
    const at = position % (out.length + 1);
    if (kind === "flip" && at < out.length) out[at] = (out[at] as number) ^ value;
    else if (kind === "set" && at < out.length) out[at] = value;
    else if (kind === "insert") out = concat(out.subarray(0, at), garbage, out.subarray(at));
    else if (kind === "delete") out = concat(out.subarray(0, at), out.subarray(at + value));
    else if (kind === "truncate") out = out.slice(0, at);
  }
  return out;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The real plans' table files, one set per plan (seeds 000–004, as sample-data encodes them), and the table names with rows. */
export function realTableSets<F>(
  plans: readonly Plan[],
  write: (tables: Readonly<Record<string, Table>>) => Record<string, F>,
): { sets: Record<string, F>[]; keys: PlanTableName[] } {
  const sets = plans.map((plan) => write(planTables([plan])));
  const keys = (Object.keys(planTableSpecs) as PlanTableName[]).filter((key) =>
    sets.every((set) => set[fileOf(key, set)] !== undefined),
  );
  return { sets, keys };
}

/** The file of table `key` in a set written by a writer (whatever its extension). */
export function fileOf(key: PlanTableName, set: Readonly<Record<string, unknown>>): string {
  const name = planTableSpecs[key].name;
  return Object.keys(set).find((file) => file.slice(0, file.lastIndexOf(".")) === name) ?? `${name}.?`;
}

/** Why the plans read back from tables are not Plans, or undefined. */
export function plansProblem(read: { plans: readonly unknown[] }): string | undefined {
  for (const plan of read.plans) {
    const checked = Plan.safeParse(plan);
    if (!checked.success)
      return `plan fails the Plan schema: ${JSON.stringify(checked.error.issues.slice(0, 2))}`;
  }
  return undefined;
}
