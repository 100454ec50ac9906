import { readdirSync } from "node:fs";
import { join } from "node:path";
import { PLAN_SCHEMA_VERSION } from "@parcomms/core";
import { describe, expect, it } from "vitest";
import { FIVE_PLAN_IDS, itReadsByEveryReader, savedPlans } from "./_lib/savedPlans";

// The five real plans as saved in schema 1.1 (commit 21ec7a7), frozen: see fixtures/schema-1.1/README.md.
const set = savedPlans("1.1");
const { read, saved, expected, ids } = set;

describe("plans saved in schema 1.1 (21ec7a7), read by every reader", () => {
  it("are 1.1 files: the five plans, schemaVersion 1.1, every header field stated, the 1.1 tables present", () => {
    expect(ids).toEqual(FIVE_PLAN_IDS);
    expect(saved.map((plan) => plan.schemaVersion)).toEqual(Array(5).fill("1.1"));
    expect(
      saved.every((plan) => plan.title && plan.period && (plan.issuer as { level?: string }).level),
    ).toBe(true);
    expect(readdirSync(join(set.root, "csv"))).toContain("subtasks.csv");
    expect(read("csv/plans.csv").toString("utf8").split("\n")[0]).toContain("issuer_level");
  });

  it("migrate to 1.2 by the version alone: every other value as saved (002's issuer, 002:9; its period 2024, 002:4)", () => {
    expect(PLAN_SCHEMA_VERSION).toBe("1.2");
    expected.forEach((plan, i) => {
      const { schemaVersion, ...rest } = plan;
      const { schemaVersion: _w, ...savedRest } = saved[i] as Record<string, unknown>;
      expect(schemaVersion).toBe("1.2");
      expect(rest).toEqual(savedRest);
    });
    expect([expected[2]?.issuer, expected[2]?.period]).toEqual([
      { body: "people-committee", level: "province", wording: "Ủy ban nhân dân tỉnh" },
      { start: "2024", end: "2024" },
    ]);
  });

  itReadsByEveryReader(set);
});
