import { describe, expect, it } from "vitest";
import { minimalPlan } from "./_lib/minimalPlan";
import { migratePlan } from "./migratePlan";
import { READABLE_SCHEMA_VERSIONS } from "./READABLE_SCHEMA_VERSIONS";

describe("migratePlan", () => {
  it("raises a 1.1 plan (xã Gia Tân, 003) to 1.2 and changes nothing else", () => {
    const saved = { ...minimalPlan(), schemaVersion: "1.1" };
    const before = structuredClone(saved);
    const { value, issues } = migratePlan(saved);
    expect(value).toEqual(minimalPlan());
    expect(issues).toEqual([
      {
        code: "schema.migrated",
        severity: "info",
        path: "/schemaVersion",
        params: { from: "1.1", to: "1.2" },
      },
    ]);
    expect(saved).toEqual(before);
  });

  it("raises a 1.0 plan to 1.2, its issuer at the unit's tier (003:6, the commune's committee)", () => {
    const { level: _level, ...issuer } = minimalPlan().issuer;
    const { value, issues } = migratePlan({ ...minimalPlan(), schemaVersion: "1.0", issuer });
    expect(value).toEqual(minimalPlan());
    expect(issues.map((i) => i.params)).toEqual([{ from: "1.0", to: "1.2" }]);
  });

  it("leaves a 1.2 plan, other versions and non-plans as they are, with no issue", () => {
    const current = minimalPlan();
    expect(migratePlan(current)).toEqual({ value: current, issues: [] });
    expect(migratePlan(current).value).toBe(current);
    for (const input of [{ schemaVersion: "2.0" }, { schemaVersion: "0.9" }, null, [], "1.1"]) {
      expect(migratePlan(input)).toEqual({ value: input, issues: [] });
    }
  });

  it("reads 1.0, 1.1 and the current 1.2", () => {
    expect(READABLE_SCHEMA_VERSIONS).toEqual(["1.0", "1.1", "1.2"]);
  });
});
