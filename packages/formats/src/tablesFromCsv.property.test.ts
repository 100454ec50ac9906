import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  editText,
  fileOf,
  hostilePiece,
  PROPERTY_RUNS,
  PROPERTY_TIMEOUT_MS,
  plansProblem,
  problemOfRead,
  realTableSets,
  tablesProblem,
  textEdits,
} from "./_hostile";
import { realPlans } from "./_testing";
import { type PlanTableName, planTableSpecs } from "./planTableSpecs";
import { readPlanTables } from "./readPlanTables";
import { tablesFromCsv } from "./tablesFromCsv";
import { tablesToCsv } from "./tablesToCsv";

// The real files: each of the five real plans (seeds 000–004) written as its CSV table set.
const { sets, keys } = realTableSets(realPlans, tablesToCsv);
/** Whole sets read back into plans: a set of a dozen files parsed and a plan rebuilt, about 10 ms each. */
const SET_RUNS = 500;

const readOne = (key: PlanTableName, files: Record<string, string>) => {
  const specs = { [key]: planTableSpecs[key] };
  const problem = problemOfRead(
    () => tablesFromCsv(files, specs),
    (tables) => tablesProblem(tables, specs),
  );
  if (problem !== undefined) expect({ files, problem }).toBeUndefined();
};

describe("tablesFromCsv on hostile input (property)", () => {
  it(
    "never throws but a coded TableFormatError on one real table's CSV with text deleted, inserted, repeated or cut; what it reads fits the spec",
    () => {
      fc.assert(
        fc.property(
          fc.nat({ max: sets.length - 1 }),
          fc.constantFrom(...keys),
          textEdits(),
          (which, key, edits) => {
            const set = sets[which] as Record<string, string>;
            const file = fileOf(key, set);
            readOne(key, { [file]: editText(set[file] as string, edits) });
          },
        ),
        { seed: 1_501, numRuns: PROPERTY_RUNS },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    "never throws but a coded TableFormatError on a real header over arbitrary hostile rows",
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...keys), fc.array(hostilePiece, { maxLength: 30 }), (key, pieces) => {
          const set = sets[0] as Record<string, string>;
          const file = fileOf(key, set);
          const header = (set[file] as string).split("\n")[0] as string;
          readOne(key, { [file]: `${header}\n${pieces.join("")}` });
        }),
        { seed: 1_502, numRuns: PROPERTY_RUNS },
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
          textEdits(2),
          (which, key, edits) => {
            const set = { ...(sets[which] as Record<string, string>) };
            const file = fileOf(key, set);
            set[file] = editText(set[file] as string, edits);
            const problem = problemOfRead(() => readPlanTables(tablesFromCsv(set)), plansProblem);
            if (problem !== undefined) expect({ file, text: set[file], problem }).toBeUndefined();
          },
        ),
        { seed: 1_503, numRuns: SET_RUNS },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
