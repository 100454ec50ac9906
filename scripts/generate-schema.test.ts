import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderPlanSchema, target } from "./generate-schema";

describe("docs/plan.schema.json", () => {
  it("is what scripts/generate-schema.ts writes from the zod schema (run `pnpm docs` to update)", () => {
    expect(readFileSync(target, "utf8")).toBe(renderPlanSchema());
  });
  it("describes the plan's required top-level fields", () => {
    const schema = JSON.parse(renderPlanSchema());
    expect(schema.required).toEqual(
      expect.arrayContaining([
        "schemaVersion",
        "id",
        "unit",
        "period",
        "activities",
        "offices",
        "provenance",
      ]),
    );
    expect(schema.properties.activities.description).toBe(
      "Tasks from forms items, the appendix and the assignments.",
    );
  });
});
