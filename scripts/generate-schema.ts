/**
 * Writes docs/plan.schema.json: the JSON Schema (draft 2020-12) of a plan,
 * generated from the zod schema with `z.toJSONSchema`, never typed by hand.
 * The test in generate-schema.test.ts fails when the committed file drifts.
 *
 *   pnpm docs        # regenerates every generated document
 */
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PLAN_SCHEMA_VERSION, Plan } from "@parcomms/core";
import { z } from "zod";

export const target = join(dirname(fileURLToPath(import.meta.url)), "..", "docs", "plan.schema.json");

/** The plan's JSON Schema as the text committed in docs/. */
export function renderPlanSchema(): string {
  const schema = z.toJSONSchema(Plan, { target: "draft-2020-12", io: "input" });
  const withId = {
    $schema: schema.$schema,
    $id: `urn:parcomms:schema:plan:${PLAN_SCHEMA_VERSION}`,
    title: "ParComms plan",
    ...schema,
  };
  return `${JSON.stringify(withId, null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(target, renderPlanSchema());
  console.log(`wrote ${target}`);
}
