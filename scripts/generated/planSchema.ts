import { PLAN_SCHEMA_VERSION, Plan } from "@parcomms/core";
import { z } from "zod";

/**
 * docs/plan.schema.json: the JSON Schema (draft 2020-12) of a plan, generated
 * from the zod schema with `z.toJSONSchema`, never typed by hand.
 */
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
