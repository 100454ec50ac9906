import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blockPlan002 } from "../_testing/blockPlan002";
import { centralPlan } from "../_testing/centralPlan";
import { draftPlan } from "../_testing/draftPlan";
import { PROPERTY_RUNS, PROPERTY_TIMEOUT_MS } from "../_testing/expectParseResult";
import { Plan } from "../model/Plan";
import { minimalPlan } from "./_lib/minimalPlan";
import type { RuleDescription } from "./RuleDescription";
import { rules } from "./rules";
import { type ValidationResult, validatePlan } from "./validatePlan";

// Core's tests may not import @parcomms/sample-data: the "real plans" mutated here are core's own
// fixtures, quoted from the seeds (003, 002, a central plan, a draft).
const PLANS: readonly (() => Plan)[] = [minimalPlan, blockPlan002, centralPlan, () => draftPlan()];
/**
 * Runs on mutated plans: each validates a whole plan and parses the result (about 4 ms here, 40 s for
 * 10,000), so 2,000; with the 10,000 arbitrary JSON values the target still gets 12,000 inputs.
 */
const MUTATED_RUNS = 2_000;
const catalogue: Readonly<Record<string, RuleDescription>> = rules;

/** Why a result is not well formed, or undefined: asserted once per run (ten thousand `expect`s cost). */
function problemOf(result: ValidationResult): string | undefined {
  for (const issue of result.issues) {
    const entry = catalogue[issue.code];
    if (!entry) return `code ${issue.code} not in rules`;
    if (entry.severity !== issue.severity) return `severity of ${issue.code}`;
    if (!(issue.path === "" || issue.path.startsWith("/"))) return `path ${issue.path}`;
  }
  if (result.usable !== (result.plan !== undefined && !result.issues.some((i) => i.severity === "error")))
    return "usable";
  if (result.plan && !Plan.safeParse(result.plan).success) return "the plan returned fails the Plan schema";
  return undefined;
}

/** Every [container, key] in a JSON tree, the root's own keys first. */
function slots(root: unknown): [Record<string, unknown> | unknown[], string | number][] {
  const out: [Record<string, unknown> | unknown[], string | number][] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value))
      value.forEach((v, i) => {
        out.push([value, i]);
        visit(v);
      });
    else if (value !== null && typeof value === "object")
      for (const [k, v] of Object.entries(value)) {
        out.push([value as Record<string, unknown>, k]);
        visit(v);
      }
  };
  visit(root);
  return out;
}

const odd = fc.constantFrom<unknown>(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  -1,
  0,
  1e308,
  "",
  "\u0000",
  [],
  {},
);
const replacement = fc.oneof(fc.jsonValue({ maxDepth: 2 }), odd);

/** A fixture plan with a few of its values replaced, removed or doubled. */
const mutatedPlan = fc
  .tuple(
    fc.integer({ min: 0, max: PLANS.length - 1 }),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom("replace", "delete", "double"), replacement), {
      minLength: 1,
      maxLength: 4,
    }),
  )
  .map(([which, edits]) => {
    const plan = structuredClone((PLANS[which] as () => Plan)()) as unknown;
    for (const [at, kind, value] of edits) {
      const all = slots(plan);
      const [container, key] = all[at % all.length] as (typeof all)[number];
      if (kind === "replace") (container as Record<string | number, unknown>)[key] = value;
      else if (kind === "delete" && Array.isArray(container)) container.splice(key as number, 1);
      else if (kind === "delete") delete (container as Record<string, unknown>)[key];
      else if (Array.isArray(container)) container.push(structuredClone(container[key as number]));
      else (container as Record<string, unknown>)[key] = [(container as Record<string, unknown>)[key]];
    }
    return plan;
  });

describe("validatePlan on hostile input (property)", () => {
  it(
    "never throws on arbitrary JSON; every issue's code and severity are the catalogue's",
    () => {
      fc.assert(
        fc.property(fc.jsonValue({ maxDepth: 3 }), (input) => {
          const problem = problemOf(validatePlan(input));
          if (problem !== undefined) expect({ input, problem }).toBeUndefined();
        }),
        { seed: 1_402, numRuns: PROPERTY_RUNS },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    "never throws on core's fixture plans with values replaced, removed or doubled; a plan it returns is a Plan",
    () => {
      fc.assert(
        fc.property(mutatedPlan, (input) => {
          const problem = problemOf(validatePlan(input));
          if (problem !== undefined) expect({ input, problem }).toBeUndefined();
        }),
        { seed: 1_403, numRuns: MUTATED_RUNS },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
