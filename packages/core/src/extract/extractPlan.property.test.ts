import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PROPERTY_TIMEOUT_MS } from "../_testing/expectParseResult";
import { hostilePhrase } from "../_testing/hostileText";
import { SEED_QUOTES } from "../_testing/seedQuotes";
import { Plan } from "../model/Plan";
import { extractionMessages } from "./extractionMessages";
import { extractPlan } from "./extractPlan";
import type { PlanExtraction } from "./PlanExtraction";

const CODES = new Set(Object.keys(extractionMessages));

/**
 * The seeds as core's tests quote them: each seed's quoted lines in line order, with a blank line where
 * lines were skipped. Core may not import @parcomms/sample-data, which holds the whole texts.
 */
const SEEDS: readonly (readonly string[])[] = (() => {
  const bySeed = new Map<string, { n: number; text: string }[]>();
  for (const [key, text] of Object.entries(SEED_QUOTES)) {
    const at = key.lastIndexOf(":");
    const file = key.slice(0, at);
    bySeed.set(file, [...(bySeed.get(file) ?? []), { n: Number(key.slice(at + 1)), text }]);
  }
  return [...bySeed.values()].map((lines) =>
    lines
      .sort((a, b) => a.n - b.n)
      .flatMap((l, i, all) => (i > 0 && l.n > (all[i - 1]?.n ?? 0) + 1 ? ["", l.text] : [l.text])),
  );
})();

/** Why an extraction is not well formed, or undefined (asserted once per run). */
function problemOf(result: PlanExtraction): string | undefined {
  const checked = Plan.safeParse(result.plan);
  if (!checked.success) return `plan: ${JSON.stringify(checked.error.issues.slice(0, 2))}`;
  for (const issue of result.issues) {
    if (!CODES.has(issue.code)) return `code ${issue.code} not in extractionMessages`;
    // Both mean a bug, never the text's fault: the suite must never see them.
    if (issue.code === "extract.internal-error" || issue.code === "extract.schema.invalid")
      return `${issue.code}: ${JSON.stringify(issue.params)}`;
  }
  return undefined;
}

const check = (text: string) => {
  const problem = problemOf(extractPlan(text, { sourceName: "property.txt" }));
  if (problem !== undefined) expect({ text, problem }).toBeUndefined();
};

/** A short document of hostile lines: headings, items, citations, numbers, markup, odd spaces. */
const hostileDocument = fc.array(hostilePhrase(6), { maxLength: 12 }).map((lines) => lines.join("\n"));

/** A seed with lines deleted, duplicated (in place or elsewhere) and moved. */
const damagedSeed = fc
  .tuple(
    fc.integer({ min: 0, max: SEEDS.length - 1 }),
    fc.array(fc.tuple(fc.constantFrom("delete", "duplicate", "move"), fc.nat(), fc.nat()), { maxLength: 8 }),
  )
  .map(([which, edits]) => {
    const lines = [...(SEEDS[which] ?? [])];
    for (const [kind, a, b] of edits) {
      if (lines.length === 0) break;
      const i = a % lines.length;
      const line = lines[i] as string;
      if (kind === "delete") lines.splice(i, 1);
      else if (kind === "duplicate") lines.splice(b % (lines.length + 1), 0, line);
      else {
        lines.splice(i, 1);
        lines.splice(b % (lines.length + 1), 0, line);
      }
    }
    return lines.join("\n");
  });

/**
 * Runs per property. Hostile documents of a dozen short lines take under 2 ms each here: 10,000. A
 * damaged seed is a whole plan of up to a hundred quoted lines, about 20 ms each on this two-core
 * machine: 300, else this file alone would take most of the suite's minute.
 */
const HOSTILE_RUNS = 10_000;
const SEED_RUNS = 300;

describe("extractPlan on hostile input (property)", () => {
  it(
    "never throws on hostile documents; the plan parses with Plan; every issue is coded, none internal",
    () => {
      fc.assert(fc.property(hostileDocument, check), { seed: 1_404, numRuns: HOSTILE_RUNS });
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    "never throws on the seeds with lines deleted, duplicated and moved; the plan parses with Plan",
    () => {
      fc.assert(fc.property(damagedSeed, check), { seed: 1_405, numRuns: SEED_RUNS });
    },
    PROPERTY_TIMEOUT_MS,
  );
});
