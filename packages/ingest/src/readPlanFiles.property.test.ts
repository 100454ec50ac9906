import { plansToJsonl, planTables, tablesToArrow, tablesToCsv, tablesToParquet } from "@parcomms/formats";
import { plan000, plan001, plan002, plan003, plan004 } from "@parcomms/sample-data";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  byteEdits,
  editBytes,
  PROPERTY_RUNS,
  PROPERTY_TIMEOUT_MS,
  readingProblem,
} from "./_testing/hostileInput";
import type { PlanFileInput } from "./ReadPlansResult";
import { readPlanFiles } from "./readPlanFiles";

const encode = (text: string) => new TextEncoder().encode(text);
/** The good file given with every hostile one: plan 003 (seed 003) as JSON. */
const GOOD: PlanFileInput = { name: "good/003.json", bytes: encode(JSON.stringify(plan003)) };
/** The real plans mutated: seeds 000, 001, 002 and 004 as sample-data encodes them (003 is the good file). */
const OTHERS = [plan000, plan001, plan002, plan004];

/** Each other plan written in each data format the reader takes: one file, or a table set of files. */
const REAL_FILES: readonly (readonly PlanFileInput[])[] = OTHERS.flatMap((plan, i) => {
  const tables = planTables([plan]);
  const set = (files: Record<string, Uint8Array | string>) =>
    Object.entries(files).map(([name, content]) => ({
      name: `set${i}/${name}`,
      bytes: typeof content === "string" ? encode(content) : content,
    }));
  return [
    [{ name: `bad${i}.json`, bytes: encode(JSON.stringify(plan, null, 2)) }],
    [{ name: `bad${i}.jsonl`, bytes: encode(plansToJsonl([plan, plan003])) }],
    set(tablesToCsv(tables)),
    set(tablesToArrow(tables)),
    set(tablesToParquet(tables)),
  ];
});

const check = (bad: readonly PlanFileInput[], validate: boolean) => {
  const result = readPlanFiles([GOOD, ...bad], { validate });
  const problem = readingProblem(result, [plan003.id]);
  if (problem !== undefined) expect({ files: bad.map((f) => f.name), problem }).toBeUndefined();
};

/** A real file (one file of a set) with its bytes damaged. */
const damaged = fc
  .tuple(fc.nat({ max: REAL_FILES.length - 1 }), fc.nat(), byteEdits())
  .map(([which, member, edits]) => {
    const files = REAL_FILES[which] as readonly PlanFileInput[];
    const at = member % files.length;
    return files.map((file, i) => (i === at ? { ...file, bytes: editBytes(file.bytes, edits) } : file));
  });

/** Arbitrary bytes under the name of any file the reader takes. */
const arbitraryFile = fc
  .tuple(
    fc.constantFrom("x.json", "x.jsonl", "plans.csv", "plans.arrow", "plans.parquet", "x.txt", "x.bin", "x"),
    fc.oneof(
      fc.uint8Array({ maxLength: 64 }),
      fc.string({ maxLength: 40 }).map(encode),
      fc.jsonValue({ maxDepth: 2 }).map((value) => encode(JSON.stringify(value) ?? "")),
    ),
  )
  .map(([name, bytes]) => [{ name, bytes }]);

/**
 * Runs: a damaged file is a whole plan (or a table set) parsed and checked beside the good plan, 5 to
 * 10 ms each (60 on a busy machine), so 500 of them, 200 more through validation (validatePlan), and 10,000 arbitrary files
 * (alone: the good file's own reading would be most of their cost).
 */
const DAMAGED_RUNS = 500;
const VALIDATED_RUNS = 200;

describe("readPlanFiles on hostile input (property)", () => {
  it(
    "never throws on a real JSON, JSON Lines, CSV, Arrow or Parquet file with bytes damaged; every issue coded in both languages, every plan a Plan, the good file still read",
    () => {
      fc.assert(
        fc.property(damaged, (bad) => check(bad, false)),
        { seed: 1_541, numRuns: DAMAGED_RUNS },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    "never throws on damaged real files read with validation",
    () => {
      fc.assert(
        fc.property(damaged, (bad) => check(bad, true)),
        { seed: 1_542, numRuns: VALIDATED_RUNS },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    "never throws on arbitrary bytes, text or JSON named as any file it reads",
    () => {
      fc.assert(
        fc.property(arbitraryFile, (bad) => {
          const problem = readingProblem(readPlanFiles(bad));
          if (problem !== undefined) expect({ bad, problem }).toBeUndefined();
        }),
        { seed: 1_543, numRuns: PROPERTY_RUNS },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
