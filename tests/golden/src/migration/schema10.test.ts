import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { migratePlan, PLAN_SCHEMA_VERSION, Plan, validatePlan } from "@parcomms/core";
import { plansFromJsonl, readPlanTables, tablesFromCsv, tablesFromParquet } from "@parcomms/formats";
import { readPlanFiles } from "@parcomms/ingest";
import { describe, expect, it } from "vitest";

// The five real plans as saved in schema 1.0 (commit 839f1aa), frozen: see fixtures/schema-1.0/README.md.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "../../fixtures/schema-1.0");
const read = (path: string) => readFileSync(join(FIXTURES, path));
const folder = (name: string) =>
  readdirSync(join(FIXTURES, name))
    .sort()
    .map((file) => ({ name: `${name}/${file}`, bytes: new Uint8Array(read(`${name}/${file}`)) }));

/** The plans of the 1.0 JSON Lines, as written. */
const saved: Record<string, unknown>[] = read("real-plans.jsonl")
  .toString("utf8")
  .trim()
  .split("\n")
  .map((line) => JSON.parse(line));
/** What every reader must give: migratePlan's value of each 1.0 plan. */
const expected = saved.map((plan) => Plan.parse(migratePlan(plan).value));
const ids = saved.map((plan) => plan.id);
const migrated = {
  code: "schema.migrated",
  severity: "info",
  path: "/schemaVersion",
  params: { from: "1.0", to: "1.2" },
};

describe("plans saved in schema 1.0 (839f1aa), read by every reader", () => {
  it("are 1.0 files: the five plans, schemaVersion 1.0, issuers without a level, no issuer_level column", () => {
    expect(ids).toEqual([
      "000_34833a3694ee8a96",
      "001_ec564b67ad28c11a",
      "002_9c9d59d1a9d0f229",
      "003_c2f82bd70c212939",
      "004_f3b844502d811123",
    ]);
    expect(saved.map((plan) => plan.schemaVersion)).toEqual(["1.0", "1.0", "1.0", "1.0", "1.0"]);
    expect(saved.every((plan) => !("level" in (plan.issuer as object)))).toBe(true);
    expect(read("csv/plans.csv").toString("utf8").split("\n")[0]).not.toContain("issuer_level");
    expect(readdirSync(join(FIXTURES, "csv"))).not.toContain("subtasks.csv");
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

  it("JSON through validatePlan: 002's file gives the migrated plan, schema.migrated and no error", () => {
    const json = JSON.parse(read("plans/002_9c9d59d1a9d0f229.json").toString("utf8"));
    const result = validatePlan(json);
    expect(result.plan).toStrictEqual(expected[2]);
    expect(result.usable).toBe(true);
    expect(result.issues.filter((issue) => issue.code === "schema.migrated")).toEqual([migrated]);
    expect(result.issues.filter((issue) => issue.severity === "error")).toEqual([]);
  });

  it("JSON through readPlanFiles, with and without validate", () => {
    const file = {
      name: "plans/002_9c9d59d1a9d0f229.json",
      bytes: new Uint8Array(read("plans/002_9c9d59d1a9d0f229.json")),
    };
    const plain = readPlanFiles([file]);
    expect(plain.plans.map((p) => p.plan)).toStrictEqual([expected[2]]);
    expect(plain.issues).toEqual([
      {
        file: "plans/002_9c9d59d1a9d0f229.json",
        code: "schema.migrated",
        severity: "info",
        path: "/schemaVersion",
        message: {
          vi: "Kế hoạch được ghi theo lược đồ 1.0; đã đọc theo lược đồ 1.2, không mất dữ liệu.",
          en: "The plan was written in schema 1.0; it was read as 1.2, with nothing lost.",
        },
      },
    ]);
    const validated = readPlanFiles([file], { validate: true });
    expect(validated.issues).toEqual([]);
    expect(validated.plans[0]?.plan).toStrictEqual(expected[2]);
    expect(validated.plans[0]?.validation?.filter((i) => i.code === "schema.migrated")).toEqual([migrated]);
  });

  it("JSON Lines through plansFromJsonl and readPlanFiles: every plan migrated, each line with schema.migrated", () => {
    const text = read("real-plans.jsonl").toString("utf8");
    const { plans, errors, issues } = plansFromJsonl(text);
    expect(errors).toEqual([]);
    expect(plans).toStrictEqual(expected);
    expect(issues).toEqual([1, 2, 3, 4, 5].map((line) => ({ ...migrated, line })));
    const viaIngest = readPlanFiles([
      { name: "real-plans.jsonl", bytes: new Uint8Array(read("real-plans.jsonl")) },
    ]);
    expect(viaIngest.plans.map((p) => p.plan)).toStrictEqual(expected);
    expect(viaIngest.issues.map((i) => [i.code, i.severity, i.line])).toEqual(
      [1, 2, 3, 4, 5].map((line) => ["schema.migrated", "info", line]),
    );
  });

  it("CSV tables through readPlanTables and readPlanFiles: the 1.0 set opens, every plan migrated", () => {
    const files = Object.fromEntries(
      folder("csv").map((f) => [f.name.slice(4), Buffer.from(f.bytes).toString("utf8")]),
    );
    const { plans, issues } = readPlanTables(tablesFromCsv(files));
    expect(plans).toStrictEqual(expected);
    expect(issues).toEqual(ids.map((planId) => ({ ...migrated, planId })));
    const viaIngest = readPlanFiles(folder("csv"));
    expect(viaIngest.plans.map((p) => p.plan)).toStrictEqual(expected);
    expect(viaIngest.issues.map((i) => [i.file, i.code, i.severity])).toEqual(
      ids.map(() => ["csv/plans.csv", "schema.migrated", "info"]),
    );
  });

  it("Parquet tables through readPlanTables and readPlanFiles (validate): the 1.0 set opens, every plan migrated", () => {
    const files = Object.fromEntries(folder("parquet").map((f) => [f.name.slice(8), f.bytes]));
    const { plans, issues } = readPlanTables(tablesFromParquet(files));
    expect(plans).toStrictEqual(expected);
    expect(issues).toEqual(ids.map((planId) => ({ ...migrated, planId })));
    const viaIngest = readPlanFiles(folder("parquet"), { validate: true });
    expect(viaIngest.issues).toEqual([]);
    expect(viaIngest.plans.map((p) => p.plan)).toStrictEqual(expected);
    for (const read of viaIngest.plans) {
      expect(read.validation?.filter((i) => i.code === "schema.migrated")).toEqual([migrated]);
    }
  });

  it("validatePlan finds no error in any migrated plan", () => {
    for (const plan of expected) {
      expect(
        validatePlan(plan).issues.filter((issue) => issue.severity === "error"),
        plan.id,
      ).toEqual([]);
    }
  });

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
