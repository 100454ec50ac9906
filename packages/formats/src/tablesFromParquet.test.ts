import fc from "fast-check";
import { type ColumnSource, parquetWriteBuffer } from "hyparquet-writer";
import { describe, expect, it } from "vitest";
import { arbitraryPlans } from "./_arbitraryPlan";
import { errorOf, plan001, plan003, realPlans } from "./_testing";
import { plansFromTables } from "./plansFromTables";
import { planTableSpecs } from "./planTableSpecs";
import { planTables } from "./planTables";
import { tablesFromParquet } from "./tablesFromParquet";
import { tablesToParquet } from "./tablesToParquet";

const themesOnly = { activity_themes: planTableSpecs.activity_themes };
const write = (columnData: ColumnSource[], options: { rowGroupSize?: number; codec?: "UNCOMPRESSED" } = {}) =>
  new Uint8Array(parquetWriteBuffer({ columnData, ...options }));
const themes = (
  position: ColumnSource,
  theme: ColumnSource = { name: "theme_code", data: ["x"], type: "STRING" },
) =>
  write([
    { name: "plan_id", data: ["003"], type: "STRING" },
    { name: "activity_id", data: ["a-1"], type: "STRING" },
    position,
    theme,
  ]);

describe("tablesFromParquet", () => {
  it("gives back the five real plans exactly through Parquet", () => {
    const tables = planTables(realPlans);
    expect(tablesFromParquet(tablesToParquet(tables))).toStrictEqual(tables);
    expect(plansFromTables(tablesFromParquet(tablesToParquet(tables)))).toStrictEqual(realPlans);
  });

  it("gives back every generated plan exactly through Parquet, a leading U+FEFF included (property)", () => {
    fc.assert(
      fc.property(arbitraryPlans, (plans) => {
        expect(plansFromTables(tablesFromParquet(tablesToParquet(planTables(plans))))).toStrictEqual(plans);
      }),
      { seed: 17, numRuns: 100 },
    );
    const plan = { ...plan003, title: "\uFEFFTuyên truyền" };
    expect(plansFromTables(tablesFromParquet(tablesToParquet(planTables([plan]))))).toStrictEqual([plan]);
  }, 60_000);

  it("reads tables other writers make: INT64, several row groups, uncompressed pages, extra columns", () => {
    const file = write(
      [
        { name: "plan_id", data: ["003", "003", "003"], type: "STRING" },
        { name: "extra", data: [true, false, true], type: "BOOLEAN" },
        { name: "activity_id", data: ["a-1", "a-1", "a-2"], type: "STRING" },
        { name: "position", data: [0n, 1n, 0n], type: "INT64" },
        { name: "theme_code", data: ["procedures", "results", "procedures"], type: "STRING" },
      ],
      { rowGroupSize: 2, codec: "UNCOMPRESSED" },
    );
    expect(tablesFromParquet({ "activity_themes.parquet": file }, themesOnly).activity_themes.rows).toEqual([
      ["003", "a-1", 0, "procedures"],
      ["003", "a-1", 1, "results"],
      ["003", "a-2", 0, "procedures"],
    ]);
  });

  it("reports a missing file and bytes that are not Parquet", () => {
    const { "plans.parquet": _, ...files } = tablesToParquet(planTables([plan003]));
    expect(errorOf(() => tablesFromParquet(files))).toEqual({
      code: "table.missing-file",
      file: "plans.parquet",
      message: "table.missing-file: plans.parquet: the file is missing",
    });
    const text = new TextEncoder().encode("plan_id,activity_id,position,theme_code\n");
    expect(errorOf(() => tablesFromParquet({ "activity_themes.parquet": text }, themesOnly))).toMatchObject({
      code: "table.bad-file",
      file: "activity_themes.parquet",
    });
    const good = tablesToParquet(planTables([plan003]))["activity_themes.parquet"] as Uint8Array;
    const cut = good.slice(0, 40);
    expect(errorOf(() => tablesFromParquet({ "activity_themes.parquet": cut }, themesOnly))).toMatchObject({
      code: "table.bad-file",
    });
  });

  it("stops with table.bad-file on a damaged page whose levels would otherwise be read forever", () => {
    // Plan 001's activities with two bytes flipped (found by the property suite): the page header
    // leaves hyparquet's offset NaN, and 1.31.5 read byte 0 forever (patches/hyparquet@1.31.5.patch).
    const bytes = (tablesToParquet(planTables([plan001]))["activities.parquet"] as Uint8Array).slice();
    bytes[1387] = (bytes[1387] as number) ^ 245;
    bytes[4365] = (bytes[4365] as number) ^ 217;
    const activitiesOnly = { activities: planTableSpecs.activities };
    expect(errorOf(() => tablesFromParquet({ "activities.parquet": bytes }, activitiesOnly))).toMatchObject({
      code: "table.bad-file",
      file: "activities.parquet",
    });
  });

  it("reports a missing column, a column named twice and a column of the wrong type", () => {
    const three = write([
      { name: "plan_id", data: ["003"], type: "STRING" },
      { name: "activity_id", data: ["a-1"], type: "STRING" },
      { name: "position", data: [0], type: "INT32" },
    ]);
    expect(errorOf(() => tablesFromParquet({ "activity_themes.parquet": three }, themesOnly))).toEqual({
      code: "table.missing-column",
      file: "activity_themes.parquet",
      column: "theme_code",
      message:
        'table.missing-column: activity_themes.parquet, column "theme_code": the schema has no such column',
    });
    const twice = write([
      { name: "plan_id", data: ["003"], type: "STRING" },
      { name: "plan_id", data: ["004"], type: "STRING" },
    ]);
    expect(errorOf(() => tablesFromParquet({ "activity_themes.parquet": twice }, themesOnly))).toEqual({
      code: "table.duplicate-column",
      file: "activity_themes.parquet",
      column: "plan_id",
      message:
        'table.duplicate-column: activity_themes.parquet, column "plan_id": the schema names this column twice',
    });
    const textPosition = themes({ name: "position", data: ["0"], type: "STRING" });
    expect(errorOf(() => tablesFromParquet({ "activity_themes.parquet": textPosition }, themesOnly))).toEqual(
      {
        code: "table.bad-column-type",
        file: "activity_themes.parquet",
        column: "position",
        message:
          'table.bad-column-type: activity_themes.parquet, column "position": column type integer cannot be read from the Parquet type BYTE_ARRAY',
      },
    );
  });

  it("reports a null where none may be, an integer that is not safe, text that is not UTF-8, JSON that does not parse", () => {
    const nullTheme = themes(
      { name: "position", data: [0], type: "INT32" },
      { name: "theme_code", data: [null], type: "STRING", nullable: true },
    );
    expect(errorOf(() => tablesFromParquet({ "activity_themes.parquet": nullTheme }, themesOnly))).toEqual({
      code: "table.bad-cell",
      file: "activity_themes.parquet",
      row: 1,
      column: "theme_code",
      message:
        'table.bad-cell: activity_themes.parquet, row 1, column "theme_code": null in a column that is never null',
    });
    const huge = themes({ name: "position", data: [2n ** 60n], type: "INT64" });
    expect(errorOf(() => tablesFromParquet({ "activity_themes.parquet": huge }, themesOnly))).toMatchObject({
      code: "table.bad-cell",
      column: "position",
      message:
        'table.bad-cell: activity_themes.parquet, row 1, column "position": expected a safe integer, got 1152921504606846976',
    });
    const latin1 = themes(
      { name: "position", data: [0], type: "INT32" },
      { name: "theme_code", data: [new Uint8Array([0x54, 0xea, 0x6e])], type: "BYTE_ARRAY" },
    );
    expect(errorOf(() => tablesFromParquet({ "activity_themes.parquet": latin1 }, themesOnly))).toMatchObject(
      {
        code: "table.bad-cell",
        column: "theme_code",
        message:
          'table.bad-cell: activity_themes.parquet, row 1, column "theme_code": bytes that are not UTF-8',
      },
    );
    const tables = planTables([plan003]);
    const at = tables.plans.columns.findIndex((c) => c.name === "unit_parents");
    const broken = {
      ...tables.plans,
      rows: tables.plans.rows.map((row) => row.map((c, j) => (j === at ? "[1," : c))),
    };
    const files = tablesToParquet({
      plans: {
        ...broken,
        columns: broken.columns.map((c) =>
          c.name === "unit_parents" ? { ...c, type: "string" as const } : c,
        ),
      },
    });
    expect(errorOf(() => tablesFromParquet(files, { plans: planTableSpecs.plans }))).toMatchObject({
      code: "table.bad-cell",
      row: 1,
      column: "unit_parents",
    });
  });
});
