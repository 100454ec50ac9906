import { messageCatalogues, Plan } from "@parcomms/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { editText, hostilePiece, PROPERTY_RUNS, PROPERTY_TIMEOUT_MS, textEdits } from "./_hostile";
import { realPlans } from "./_testing";
import { type JsonlError, plansFromJsonl } from "./plansFromJsonl";
import { plansToJsonl } from "./plansToJsonl";

const RULE_MESSAGES = messageCatalogues["core/validation"] ?? {};
const ERROR_CODES = {
  "jsonl.bad-json": true,
  "jsonl.unknown-version": true,
  "jsonl.invalid-plan": true,
} satisfies Record<JsonlError["code"], true>;

// The real file: the five real plans (seeds 000–004) as JSON Lines, one plan a line.
const REAL = plansToJsonl(realPlans);

/** Why a result is not well formed, or undefined (asserted once per run). */
function problemOf(text: string): string | undefined {
  const { plans, errors, issues } = plansFromJsonl(text);
  const lines = text.split("\n").length;
  for (const error of errors) {
    if (!Object.hasOwn(ERROR_CODES, error.code)) return `code ${error.code}`;
    if (!(error.line >= 1 && error.line <= lines)) return `line ${error.line} of ${lines}`;
    if (!error.message.startsWith(`line ${error.line} `)) return `message ${error.message}`;
  }
  for (const issue of issues) if (!Object.hasOwn(RULE_MESSAGES, issue.code)) return `issue ${issue.code}`;
  for (const plan of plans) {
    const checked = Plan.safeParse(plan);
    if (!checked.success) return `plan: ${JSON.stringify(checked.error.issues.slice(0, 2))}`;
  }
  // Every line that is not blank gives a plan or an error.
  const filled = text
    .split(/\r?\n/)
    .filter((line, i) => (i === 0 ? line.replace(/^\uFEFF/, "") : line).trim() !== "");
  if (plans.length + errors.length !== filled.length)
    return `${plans.length} plans, ${errors.length} errors, ${filled.length} lines`;
  return undefined;
}

const check = (text: string) => {
  const problem = problemOf(text);
  if (problem !== undefined) expect({ text, problem }).toBeUndefined();
};

/**
 * Each real plan's line only, so a run parses one plan, not five. A run migrates and checks a whole plan
 * (about 2 ms here), so 2,000 damaged lines; with the 10,000 arbitrary ones the reader gets 12,000 inputs.
 */
const DAMAGED_RUNS = 2_000;
const LINES = REAL.split("\n").filter((line) => line !== "");

describe("plansFromJsonl on hostile input (property)", () => {
  it(
    "never throws on a real plan's line with text deleted, inserted, repeated or cut; errors coded, plans Plans, no line lost",
    () => {
      fc.assert(
        fc.property(fc.nat({ max: LINES.length - 1 }), textEdits(), (which, edits) =>
          check(editText(LINES[which] as string, edits)),
        ),
        { seed: 1_531, numRuns: DAMAGED_RUNS },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    "never throws on lines of arbitrary JSON and hostile text",
    () => {
      const line = fc.oneof(
        fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.stringify(value) ?? "null"),
        fc.array(hostilePiece, { maxLength: 6 }).map((pieces) => pieces.join("")),
      );
      fc.assert(
        fc.property(fc.array(line, { maxLength: 4 }), (lines) => check(lines.join("\n"))),
        { seed: 1_532, numRuns: PROPERTY_RUNS },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
