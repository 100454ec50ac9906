import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { migratePlan, PLAN_SCHEMA_VERSION, Plan, validatePlan } from "@parcomms/core";
import { plansFromJsonl, readPlanTables, tablesFromCsv, tablesFromParquet } from "@parcomms/formats";
import { readPlanFiles } from "@parcomms/ingest";
import { expect, it } from "vitest";

/** The ids of the five real plans, in file order. */
export const FIVE_PLAN_IDS = [
  "000_34833a3694ee8a96",
  "001_ec564b67ad28c11a",
  "002_9c9d59d1a9d0f229",
  "003_c2f82bd70c212939",
  "004_f3b844502d811123",
];

/** The five real plans as saved in an older schema, frozen under fixtures/schema-<version>/. */
export function savedPlans(version: string) {
  const root = join(dirname(fileURLToPath(import.meta.url)), `../../../fixtures/schema-${version}`);
  const read = (path: string) => readFileSync(join(root, path));
  const folder = (name: string) =>
    readdirSync(join(root, name))
      .sort()
      .map((file) => ({ name: `${name}/${file}`, bytes: new Uint8Array(read(`${name}/${file}`)) }));
  /** The plans of the JSON Lines, as written. */
  const saved: Record<string, unknown>[] = read("real-plans.jsonl")
    .toString("utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));
  /** What every reader must give: migratePlan's value of each saved plan. */
  const expected = saved.map((plan) => Plan.parse(migratePlan(plan).value));
  const ids = saved.map((plan) => plan.id);
  const migrated = {
    code: "schema.migrated",
    severity: "info",
    path: "/schemaVersion",
    params: { from: version, to: PLAN_SCHEMA_VERSION },
  };
  return { version, root, read, folder, saved, expected, ids, migrated };
}

/**
 * The cases every reader must pass on a saved set: JSON (validatePlan, readPlanFiles), JSON Lines,
 * CSV and Parquet tables each give `expected`, each plan with one `schema.migrated`; no migrated plan
 * has an error. Call inside a `describe`.
 */
export function itReadsByEveryReader(set: ReturnType<typeof savedPlans>): void {
  const { version, read, folder, expected, ids, migrated } = set;

  it(`JSON through validatePlan: 002's file gives the migrated plan, schema.migrated from ${version} and no error`, () => {
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
          vi: `Kế hoạch được ghi theo lược đồ ${version}; đã đọc theo lược đồ ${PLAN_SCHEMA_VERSION}, không mất dữ liệu.`,
          en: `The plan was written in schema ${version}; it was read as ${PLAN_SCHEMA_VERSION}, with nothing lost.`,
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

  it(`CSV tables through readPlanTables and readPlanFiles: the ${version} set opens, every plan migrated`, () => {
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

  it(`Parquet tables through readPlanTables and readPlanFiles (validate): the ${version} set opens, every plan migrated`, () => {
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
}
