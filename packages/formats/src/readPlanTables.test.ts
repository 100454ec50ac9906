import type { Plan } from "@parcomms/core";
import { describe, expect, it } from "vitest";
import { errorOf, plan002, realPlans } from "./_testing";
import { planTableSpecs } from "./planTableSpecs";
import { planTables } from "./planTables";
import { readPlanTables } from "./readPlanTables";
import type { Cell, Table } from "./Table";
import { tablesFromArrow } from "./tablesFromArrow";
import { tablesFromCsv } from "./tablesFromCsv";
import { tablesFromParquet } from "./tablesFromParquet";
import { tablesToArrow } from "./tablesToArrow";
import { tablesToCsv } from "./tablesToCsv";
import { tablesToParquet } from "./tablesToParquet";

/** The tables as a 1.0 writer made them: no table or column added in 1.1, schema_version "1.0". */
function asSavedIn10(tables: Record<string, Table>): Record<string, Table> {
  const out: Record<string, Table> = {};
  for (const [name, table] of Object.entries(tables)) {
    const spec = planTableSpecs[name as keyof typeof planTableSpecs];
    if (spec.since !== undefined || spec.derived) continue;
    const keep = table.columns.map((c, i) => [c, i] as const).filter(([c]) => c.since === undefined);
    const version = table.columns.findIndex((c) => c.name === "schema_version");
    out[name] = {
      ...table,
      columns: keep.map(([c]) => c),
      rows: table.rows.map((row) => keep.map(([, i]) => (i === version ? "1.0" : (row[i] as Cell)))),
    };
  }
  return out;
}

/**
 * The plan as far as a 1.0 file could hold it: without sub-tasks,
 * escalation, headings, content channels or a horizon (the re-encoded real
 * plans use all of these, so a 1.0 writer could not have saved them whole).
 * The frozen 1.0 files themselves are read in tests/golden/src/migration.
 */
function within10(plan: Plan): Plan {
  const { escalation: _escalation, ...rest } = plan;
  const { horizon: _horizon, ...period } = plan.period ?? { start: "", end: "" };
  return {
    ...rest,
    ...(plan.period ? { period } : {}),
    contentItems: plan.contentItems.map(({ heading: _h, channels: _c, ...item }) => item),
    formsItems: plan.formsItems.map(({ heading: _h, ...item }) => item),
    activities: plan.activities.map(({ subtasks: _s, ...activity }) => activity),
  };
}
const plans10 = realPlans.map(within10);

const withCell = (tables: Record<string, Table>, name: string, row: number, column: string, value: Cell) => {
  const table = tables[name] as Table;
  const at = table.columns.findIndex((c) => c.name === column);
  return {
    ...tables,
    [name]: {
      ...table,
      rows: table.rows.map((r, i) => (i === row ? r.map((c, j) => (j === at ? value : c)) : r)),
    },
  };
};

describe("readPlanTables", () => {
  it("gives back 002 with its sub-tasks and escalation exactly through CSV and Parquet, with no issue", () => {
    const tables = planTables([plan002]);
    expect(readPlanTables(tablesFromCsv(tablesToCsv(tables)))).toStrictEqual({
      plans: [plan002],
      issues: [],
    });
    expect(readPlanTables(tablesFromParquet(tablesToParquet(tables))).plans).toStrictEqual([plan002]);
  });

  it("reads tables saved in 1.0 (no subtasks, escalation or tasks file, no issuer_level) and migrates each plan", () => {
    const csv = tablesToCsv(asSavedIn10(planTables(plans10)) as never);
    expect(Object.keys(csv)).not.toContain("subtasks.csv");
    // read back and written again, the set is still a 1.0 set: no file for the absent tables
    expect(Object.keys(tablesToCsv(tablesFromCsv(csv)))).toEqual(Object.keys(csv));
    expect(csv["plans.csv"]?.split("\n")[0]).not.toContain("issuer_level");
    const { plans, issues } = readPlanTables(tablesFromCsv(csv));
    expect(plans).toStrictEqual(plans10);
    expect(issues).toEqual(
      plans10.map((plan) => ({
        code: "schema.migrated",
        severity: "info",
        path: "/schemaVersion",
        params: { from: "1.0", to: "1.2" },
        planId: plan.id,
      })),
    );
    // 001 is issued by the Chair of the city (001:1–3): the issuer's tier is the unit's
    expect(plans[1]?.issuer).toEqual({
      body: "chair",
      level: "district",
      wording: "Chủ tịch UBND thành phố",
    });
  });

  it("reads Arrow and Parquet files saved in 1.0 as well", () => {
    const saved = asSavedIn10(planTables(plans10)) as never;
    expect(readPlanTables(tablesFromArrow(tablesToArrow(saved))).plans).toStrictEqual(plans10);
    const parquet = readPlanTables(tablesFromParquet(tablesToParquet(saved)));
    expect(parquet.plans).toStrictEqual(plans10);
    expect(parquet.issues.map((issue) => issue.planId)).toEqual(plans10.map((plan) => plan.id));
  });

  it("requires the 1.1 files and columns once a plan of the set is 1.1", () => {
    const tables = planTables(realPlans);
    const { subtasks: _subtasks, ...noSubtasks } = tables;
    expect(errorOf(() => readPlanTables(noSubtasks as never))).toEqual({
      code: "table.missing-file",
      file: "subtasks",
      message: 'table.missing-file: subtasks: table "subtasks" is missing',
    });
    const csv = tablesToCsv(tables);
    const { "escalation.csv": _escalation, ...noEscalation } = csv;
    expect(errorOf(() => readPlanTables(tablesFromCsv(noEscalation)))).toMatchObject({
      code: "table.missing-file",
      file: "escalation",
    });
    const noLevel = { ...csv, "plans.csv": (csv["plans.csv"] ?? "").replace(",issuer_level,", ",level,") };
    expect(errorOf(() => readPlanTables(tablesFromCsv(noLevel)))).toEqual({
      code: "table.missing-column",
      file: "plans",
      column: "issuer_level",
      message: 'table.missing-column: plans, column "issuer_level": column is missing',
    });
    const { "tasks.csv": _tasks, ...noTasks } = csv;
    expect(readPlanTables(tablesFromCsv(noTasks)).plans).toStrictEqual(realPlans);
  });

  it("refuses a schema version no reader knows, with its row", () => {
    for (const version of ["2.0", "0.9"]) {
      expect(
        errorOf(() =>
          readPlanTables(withCell(planTables(realPlans), "plans", 2, "schema_version", version) as never),
        ),
      ).toEqual({
        code: "table.unknown-version",
        file: "plans",
        row: 3,
        column: "schema_version",
        message: `table.unknown-version: plans, row 3, column "schema_version": schema version "${version}" cannot be read (readable: 1.0, 1.1, 1.2)`,
      });
    }
  });

  it("refuses rows that contradict the flags: a sub-task of a block without sub-tasks, a list it does not give", () => {
    const tables = planTables([plan002]);
    expect(
      errorOf(() => readPlanTables(withCell(tables, "activities", 0, "subtasks_given", false) as never)),
    ).toMatchObject({
      code: "table.bad-cell",
      file: "subtasks",
      row: 1,
      column: "activity_id",
    });
    // e) gives its own assignees (002:95); with assignees_given false its row has nowhere to go
    expect(
      errorOf(() => readPlanTables(withCell(tables, "subtasks", 4, "assignees_given", false) as never)),
    ).toMatchObject({
      code: "table.bad-cell",
      file: "activity_offices",
      column: "subtask_id",
    });
    expect(
      errorOf(() => readPlanTables(withCell(tables, "plans", 0, "escalation_given", false) as never)),
    ).toMatchObject({
      code: "table.bad-cell",
      file: "escalation",
      row: 1,
    });
    expect(
      errorOf(() => readPlanTables(withCell(tables, "activity_channels", 5, "subtask_id", "x") as never)),
    ).toMatchObject({
      code: "table.orphan-row",
      file: "activity_channels",
      column: "subtask_id",
    });
  });

  it("refuses a unit half given: a plan without a unit_name must have no other unit_* cell", () => {
    const tables = planTables([plan002]);
    expect(errorOf(() => readPlanTables(withCell(tables, "plans", 0, "unit_name", null) as never))).toEqual({
      code: "table.bad-cell",
      file: "plans",
      row: 1,
      column: "unit_kind",
      message:
        'table.bad-cell: plans, row 1, column "unit_kind": is set while unit_name is null (a plan without a unit)',
    });
  });
});
