import { readdirSync } from "node:fs";
import { join } from "node:path";
import { PLAN_SCHEMA_VERSION } from "@parcomms/core";
import { readPlanFiles } from "@parcomms/ingest";
import { describe, expect, it } from "vitest";
import { FIVE_PLAN_IDS, itReadsByEveryReader, savedPlans } from "./_lib/savedPlans";

// The five real plans as saved in schema 1.0 (commit 839f1aa), frozen: see fixtures/schema-1.0/README.md.
const set = savedPlans("1.0");
const { read, saved, expected, ids } = set;

describe("plans saved in schema 1.0 (839f1aa), read by every reader", () => {
  it("are 1.0 files: the five plans, schemaVersion 1.0, issuers without a level, no issuer_level column", () => {
    expect(ids).toEqual(FIVE_PLAN_IDS);
    expect(saved.map((plan) => plan.schemaVersion)).toEqual(["1.0", "1.0", "1.0", "1.0", "1.0"]);
    expect(saved.every((plan) => !("level" in (plan.issuer as object)))).toBe(true);
    expect(read("csv/plans.csv").toString("utf8").split("\n")[0]).not.toContain("issuer_level");
    expect(readdirSync(join(set.root, "csv"))).not.toContain("subtasks.csv");
  });

  it("migrate to 1.2 with the issuer at the unit's tier: 002 by the province's People's Committee (002:9), 001 by the city's Chair (001:11)", () => {
    expect(expected.map((plan) => plan.schemaVersion)).toEqual(Array(5).fill(PLAN_SCHEMA_VERSION));
    expect(expected.map((plan) => [plan.issuer?.body, plan.issuer?.level])).toEqual([
      ["people-committee", "commune"],
      ["chair", "district"],
      ["people-committee", "province"],
      ["people-committee", "commune"],
      ["people-committee", "commune"],
    ]);
    // Nothing else changes: the 1.0 plan is the 1.2 plan but for the version and the issuer's level.
    expected.forEach((plan, i) => {
      const { schemaVersion: _v, issuer: fullIssuer, ...rest } = plan;
      const { level: _l, ...issuer } = fullIssuer ?? { body: "other" };
      const { schemaVersion: _w, issuer: savedIssuer, ...savedRest } = saved[i] as Record<string, unknown>;
      expect(issuer).toEqual(savedIssuer);
      expect(rest).toEqual(savedRest);
    });
  });

  itReadsByEveryReader(set);

  it("refuses a plan of a version no reader knows with a coded message in both languages", () => {
    for (const version of ["2.0", "0.9"]) {
      const line = JSON.stringify({ ...saved[2], schemaVersion: version });
      const { plans, issues } = readPlanFiles([
        { name: "future.jsonl", bytes: new TextEncoder().encode(line) },
      ]);
      expect(plans).toEqual([]);
      expect(issues).toEqual([
        {
          file: "future.jsonl",
          code: "io.unknown-version",
          severity: "error",
          line: 1,
          path: "/schemaVersion",
          message: {
            vi: `Kế hoạch được ghi theo lược đồ phiên bản ${version}, phiên bản này không đọc được (đọc được: 1.0, 1.1, 1.2).`,
            en: `The plan is written in schema version ${version}, which cannot be read (readable: 1.0, 1.1, 1.2).`,
          },
        },
      ]);
    }
  });
});
