import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryPlans } from "./_arbitraryPlan";
import { errorOf, plan003, realPlans } from "./_testing";
import { plansFromTables } from "./plansFromTables";
import type { PlanTables } from "./planTableSpecs";
import { planTables } from "./planTables";
import type { Cell, Table } from "./Table";
import { tablesFromArrow } from "./tablesFromArrow";
import { tablesFromCsv } from "./tablesFromCsv";
import { tablesFromParquet } from "./tablesFromParquet";
import { tablesToArrow } from "./tablesToArrow";
import { tablesToCsv } from "./tablesToCsv";
import { tablesToParquet } from "./tablesToParquet";

/** The tables of 003 with one cell of one table replaced. */
function with003Cell(name: keyof PlanTables, row: number, column: string, value: Cell): PlanTables {
  const tables = planTables([plan003]);
  const table = tables[name];
  const at = table.columns.findIndex((c) => c.name === column);
  const rows = table.rows.map((cells, i) =>
    i === row ? cells.map((cell, j) => (j === at ? value : cell)) : cells,
  );
  return { ...tables, [name]: { ...table, rows } };
}

describe("plansFromTables", () => {
  it("writes a draft's unstated title, period and issuer as empty CSV cells and nulls, and reads them back as absent", () => {
    const { title: _t, period: _p, issuer: _i, ...draft } = { ...plan003, id: "draft" };
    const levelless = {
      ...plan003,
      issuer: { body: "people-committee", wording: "Ủy ban nhân dân" },
    } as const;
    const plans = [draft, levelless];
    const tables = planTables(plans);
    const columns = ["title", "issuer_body", "issuer_level", "issuer_wording", "period_start", "period_end"];
    const cells = (row: number) =>
      columns.map((name) => tables.plans.rows[row]?.[tables.plans.columns.findIndex((c) => c.name === name)]);
    expect(cells(0)).toEqual([null, null, null, null, null, null]);
    expect(cells(1)).toEqual([plan003.title, "people-committee", null, "Ủy ban nhân dân", "2024", "2024"]);
    const csv = tablesToCsv(tables)["plans.csv"] ?? "";
    const [header = "", first = ""] = csv.split("\n");
    // The first columns hold no commas in 003: plan_id, position, schema_version, title, document_type, issuer_body …
    expect(header.split(",").slice(0, 6)).toEqual([
      "plan_id",
      "position",
      "schema_version",
      "title",
      "document_type",
      "issuer_body",
    ]);
    expect(first.split(",").slice(0, 6)).toEqual(["draft", "0", "1.2", "", "plan", ""]);
    expect(plansFromTables(tablesFromCsv(tablesToCsv(tables)))).toStrictEqual(plans);
    expect(plansFromTables(tablesFromArrow(tablesToArrow(tables)))).toStrictEqual(plans);
    expect(plansFromTables(tablesFromParquet(tablesToParquet(tables)))).toStrictEqual(plans);
  });

  it("refuses a period with one end, and issuer columns set without issuer_body", () => {
    const draft = planTables([{ ...plan003, issuer: undefined as never }]);
    const at = (name: string) => draft.plans.columns.findIndex((c) => c.name === name);
    const withCell = (name: string, value: Cell) => ({
      ...draft,
      plans: {
        ...draft.plans,
        rows: draft.plans.rows.map((row) => row.map((cell, j) => (j === at(name) ? value : cell))),
      },
    });
    expect(errorOf(() => plansFromTables(withCell("issuer_level", "commune")))).toMatchObject({
      code: "table.bad-cell",
      column: "issuer_level",
    });
    expect(errorOf(() => plansFromTables(with003Cell("plans", 0, "period_end", null)))).toMatchObject({
      code: "table.bad-cell",
      column: "period_end",
    });
  });

  it("gives back the five real plans exactly, Vietnamese text byte for byte", () => {
    const plans = plansFromTables(planTables(realPlans));
    expect(plans).toStrictEqual(realPlans);
    expect(plans[3]?.title).toBe("Tuyên truyền cải cách hành chính nhà nước xã Gia Tân năm 2024");
  });

  it("gives back every generated plan exactly (property)", () => {
    fc.assert(
      fc.property(arbitraryPlans, (plans) => {
        expect(plansFromTables(planTables(plans))).toStrictEqual(plans);
      }),
      { seed: 11, numRuns: 150 },
    );
  }, 30_000);

  it("orders by position, not by row or column order, as after a sort or a join in another tool", () => {
    const tables = planTables(realPlans);
    const shuffled = Object.fromEntries(
      Object.entries(tables).map(([name, table]): [string, Table] => {
        return [
          name,
          {
            ...table,
            columns: [...table.columns].reverse(),
            rows: [...table.rows].reverse().map((row) => [...row].reverse()),
          },
        ];
      }),
    ) as PlanTables;
    expect(plansFromTables(shuffled)).toStrictEqual(realPlans);
  });

  it("keeps an empty condition apart from an absent one", () => {
    const [first, ...rest] = plan003.activities;
    if (!first) throw new Error("003 has activities");
    const plan = { ...plan003, activities: [{ ...first, condition: "" }, ...rest] };
    expect(plansFromTables(planTables([plan]))).toStrictEqual([plan]);
  });

  it("reports a missing table", () => {
    const { references: _, ...rest } = planTables([plan003]);
    expect(errorOf(() => plansFromTables(rest as PlanTables))).toEqual({
      code: "table.missing-file",
      file: "references",
      message: 'table.missing-file: references: table "references" is missing',
    });
  });

  it("reports a missing column", () => {
    const tables = planTables([plan003]);
    const themes = tables.activity_themes;
    const dropped = {
      ...themes,
      columns: themes.columns.slice(0, 4),
      rows: themes.rows.map((row) => row.slice(0, 4)),
    };
    expect(errorOf(() => plansFromTables({ ...tables, activity_themes: dropped }))).toEqual({
      code: "table.missing-column",
      file: "activity_themes",
      column: "theme_code",
      message: 'table.missing-column: activity_themes, column "theme_code": column is missing',
    });
  });

  it("reports a row with too few cells", () => {
    const tables = planTables([plan003]);
    const rows = tables.activity_channels.rows.map((row, i) => (i === 2 ? row.slice(1) : row));
    expect(
      errorOf(() => plansFromTables({ ...tables, activity_channels: { ...tables.activity_channels, rows } })),
    ).toEqual({
      code: "table.bad-row",
      file: "activity_channels",
      row: 3,
      message: "table.bad-row: activity_channels, row 3: has 4 cells for 5 columns",
    });
  });

  it("reports cells of the wrong type, unknown codes, broken JSON and half-filled pairs", () => {
    expect(errorOf(() => plansFromTables(with003Cell("activities", 0, "position", "0")))).toEqual({
      code: "table.bad-cell",
      file: "activities",
      row: 1,
      column: "position",
      message: 'table.bad-cell: activities, row 1, column "position": expected an integer, got "0"',
    });
    expect(errorOf(() => plansFromTables(with003Cell("activities", 1, "origin_section", "preface")))).toEqual(
      {
        code: "table.bad-cell",
        file: "activities",
        row: 2,
        column: "origin_section",
        message:
          'table.bad-cell: activities, row 2, column "origin_section": expected one of forms-item, appendix-row, assignment, content-item, other, got "preface"',
      },
    );
    expect(errorOf(() => plansFromTables(with003Cell("activities", 0, "quotas", "[{")))).toEqual({
      code: "table.bad-cell",
      file: "activities",
      row: 1,
      column: "quotas",
      message: 'table.bad-cell: activities, row 1, column "quotas": expected JSON text, got "[{"',
    });
    expect(errorOf(() => plansFromTables(with003Cell("content_items", 0, "line_end", null)))).toEqual({
      code: "table.bad-cell",
      file: "content_items",
      row: 1,
      column: "line_end",
      message: 'table.bad-cell: content_items, row 1, column "line_end": is null while line_start is 64',
    });
    expect(errorOf(() => plansFromTables(with003Cell("plans", 0, "number_not_stated", true)))).toEqual({
      code: "table.bad-cell",
      file: "plans",
      row: 1,
      column: "number",
      message: 'table.bad-cell: plans, row 1, column "number": is set while number_not_stated is true',
    });
  });

  it("reports two plans rows with one id", () => {
    const tables = planTables([plan003]);
    const row = tables.plans.rows[0] ?? [];
    const plans = { ...tables.plans, rows: [row, [row[0] ?? null, 1, ...row.slice(2)]] };
    expect(errorOf(() => plansFromTables({ ...tables, plans }))).toEqual({
      code: "table.duplicate-key",
      file: "plans",
      row: 2,
      column: "plan_id",
      message:
        'table.duplicate-key: plans, row 2, column "plan_id": two plans have the id "003_c2f82bd70c212939"',
    });
  });

  it("reports rows whose plan or activity is not in the parent table", () => {
    expect(
      errorOf(() => plansFromTables(with003Cell("activity_themes", 0, "activity_id", "a-nowhere"))),
    ).toEqual({
      code: "table.orphan-row",
      file: "activity_themes",
      row: 1,
      column: "activity_id",
      message:
        'table.orphan-row: activity_themes, row 1, column "activity_id": no row of activities has this plan_id and activity_id',
    });
    expect(errorOf(() => plansFromTables(with003Cell("content_items", 4, "plan_id", "003")))).toEqual({
      code: "table.orphan-row",
      file: "content_items",
      row: 5,
      column: "plan_id",
      message: 'table.orphan-row: content_items, row 5, column "plan_id": no row of plans has this plan_id',
    });
  });

  it("reports a rebuilt plan that fails the Plan schema", () => {
    expect(
      errorOf(() => plansFromTables(with003Cell("plans", 0, "purposes", '[{"id":"p-a","text":""}]'))),
    ).toEqual({
      code: "table.invalid-plan",
      file: "plans",
      row: 1,
      message:
        'table.invalid-plan: plans, row 1: plan "003_c2f82bd70c212939" does not fit the Plan schema: purposes.0.text: Too small: expected string to have >=1 characters',
    });
  });
});
