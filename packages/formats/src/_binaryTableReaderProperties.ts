import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  byteEdits,
  editBytes,
  fileOf,
  PROPERTY_RUNS,
  PROPERTY_TIMEOUT_MS,
  plansProblem,
  problemOfRead,
  realTableSets,
  tablesProblem,
} from "./_hostile";
import { realPlans } from "./_testing";
import { type PlanTableName, planTableSpecs } from "./planTableSpecs";
import { readPlanTables } from "./readPlanTables";
import type { Table } from "./Table";
import type { tablesFromArrow } from "./tablesFromArrow";

/** Whole sets read back into plans: a dozen files decoded and a plan rebuilt, a few ms each. */
const SET_RUNS = 500;

/** A binary table format's writer and reader (Arrow IPC, Parquet). */
export interface BinaryTableFormat {
  /** The format's name in the tests' titles, e.g. "Arrow". */
  readonly name: string;
  readonly write: (tables: Readonly<Record<string, Table>>) => Record<string, Uint8Array>;
  /** The reader, with `tablesFromArrow`'s signatures (all tables, or those of `specs`). */
  readonly read: typeof tablesFromArrow;
  /** The first of the three fast-check seeds (damaged tables; arbitrary bytes is +1, damaged sets +2). */
  readonly seed: number;
}

/**
 * The hostile-input properties every binary table reader must hold, on the
 * five real plans (seeds 000–004) written in its format: a damaged table,
 * arbitrary bytes, and a whole set with one file damaged, each never throws
 * but a coded `TableFormatError`, and what it reads fits the spec.
 *
 * @param format - the format's writer, reader, name and seed
 * @example
 * describeBinaryTableReaderProperties({ name: "Arrow", write: tablesToArrow, read: tablesFromArrow, seed: 1_511 });
 */
export function describeBinaryTableReaderProperties(format: BinaryTableFormat): void {
  const { sets, keys } = realTableSets(realPlans, format.write);
  const readOne = (key: PlanTableName, files: Record<string, Uint8Array>) => {
    const specs = { [key]: planTableSpecs[key] };
    const problem = problemOfRead(
      () => format.read(files, specs),
      (tables) => tablesProblem(tables, specs),
    );
    if (problem !== undefined) expect({ files, problem }).toBeUndefined();
  };

  describe(`${format.read.name} on hostile input (property)`, () => {
    it(
      `never throws but a coded TableFormatError on one real table's ${format.name} file with bytes flipped, set, inserted, deleted or cut; what it reads fits the spec`,
      () => {
        fc.assert(
          fc.property(
            fc.nat({ max: sets.length - 1 }),
            fc.constantFrom(...keys),
            byteEdits(),
            (which, key, edits) => {
              const set = sets[which] as Record<string, Uint8Array>;
              const file = fileOf(key, set);
              readOne(key, { [file]: editBytes(set[file] as Uint8Array, edits) });
            },
          ),
          { seed: format.seed, numRuns: PROPERTY_RUNS },
        );
      },
      PROPERTY_TIMEOUT_MS,
    );

    it(
      "never throws but a coded TableFormatError on arbitrary bytes, alone or after a real file's first bytes",
      () => {
        fc.assert(
          fc.property(
            fc.constantFrom(...keys),
            fc.nat({ max: 64 }),
            fc.uint8Array({ maxLength: 64 }),
            (key, keep, garbage) => {
              const set = sets[0] as Record<string, Uint8Array>;
              const file = fileOf(key, set);
              const head = (set[file] as Uint8Array).subarray(0, keep);
              const bytes = new Uint8Array(head.length + garbage.length);
              bytes.set(head);
              bytes.set(garbage, head.length);
              readOne(key, { [file]: bytes });
            },
          ),
          { seed: format.seed + 1, numRuns: PROPERTY_RUNS },
        );
      },
      PROPERTY_TIMEOUT_MS,
    );

    it(
      "never throws but a coded TableFormatError on a real plan's whole set with one file damaged; every plan read back is a Plan",
      () => {
        fc.assert(
          fc.property(
            fc.nat({ max: sets.length - 1 }),
            fc.constantFrom(...keys),
            byteEdits(2),
            (which, key, edits) => {
              const set = { ...(sets[which] as Record<string, Uint8Array>) };
              const file = fileOf(key, set);
              set[file] = editBytes(set[file] as Uint8Array, edits);
              const problem = problemOfRead(() => readPlanTables(format.read(set)), plansProblem);
              if (problem !== undefined) expect({ file, edits, problem }).toBeUndefined();
            },
          ),
          { seed: format.seed + 2, numRuns: SET_RUNS },
        );
      },
      PROPERTY_TIMEOUT_MS,
    );
  });
}
