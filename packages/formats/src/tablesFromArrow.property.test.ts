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
import { tablesFromArrow } from "./tablesFromArrow";
import { tablesToArrow } from "./tablesToArrow";

// The real files: each of the five real plans (seeds 000–004) written as its Arrow IPC table set.
const { sets, keys } = realTableSets(realPlans, tablesToArrow);
/** Whole sets read back into plans: a dozen files decoded and a plan rebuilt, a few ms each. */
const SET_RUNS = 500;

const readOne = (key: PlanTableName, files: Record<string, Uint8Array>) => {
  const specs = { [key]: planTableSpecs[key] };
  const problem = problemOfRead(
    () => tablesFromArrow(files, specs),
    (tables) => tablesProblem(tables, specs),
  );
  if (problem !== undefined) expect({ files, problem }).toBeUndefined();
};

describe("tablesFromArrow on hostile input (property)", () => {
  it(
    "never throws but a coded TableFormatError on one real table's Arrow file with bytes flipped, set, inserted, deleted or cut; what it reads fits the spec",
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
        { seed: 1_511, numRuns: PROPERTY_RUNS },
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
        { seed: 1_512, numRuns: PROPERTY_RUNS },
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
            const problem = problemOfRead(() => readPlanTables(tablesFromArrow(set)), plansProblem);
            if (problem !== undefined) expect({ file, edits, problem }).toBeUndefined();
          },
        ),
        { seed: 1_513, numRuns: SET_RUNS },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
