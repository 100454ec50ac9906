import { parquetMetadata, parquetReadObjects } from "hyparquet";
import { describe, expect, it } from "vitest";
import { errorOf, plan003, realPlans } from "./_testing";
import { planTables } from "./planTables";
import type { Table } from "./Table";
import { tablesToParquet } from "./tablesToParquet";

const bufferOf = (bytes: Uint8Array | undefined) => (bytes ?? new Uint8Array()).slice().buffer as ArrayBuffer;

describe("tablesToParquet", () => {
  it("writes one Parquet file per plan table, the rows of the five real plans in each", () => {
    const files = tablesToParquet(planTables(realPlans));
    expect(Object.keys(files)).toEqual([
      "plans.parquet",
      "content_items.parquet",
      "forms_items.parquet",
      "activities.parquet",
      "subtasks.parquet",
      "activity_themes.parquet",
      "activity_channels.parquet",
      "activity_audiences.parquet",
      "offices.parquet",
      "assignee_groups.parquet",
      "activity_offices.parquet",
      "targets.parquet",
      "references.parquet",
      "escalation.parquet",
      "tasks.parquet",
    ]);
    const rows = Object.fromEntries(
      Object.entries(files).map(([name, bytes]) => [name, Number(parquetMetadata(bufferOf(bytes)).num_rows)]),
    );
    // one row per theme a block or a sub-task gives: 90 since the five were re-encoded with sub-tasks
    // and the most specific code only (92 in the 1.0 encoding)
    const themes = realPlans.flatMap((p) =>
      p.activities.flatMap((a) => [...a.themes, ...(a.subtasks ?? []).flatMap((t) => t.themes ?? [])]),
    );
    expect(themes).toHaveLength(90);
    expect(rows).toMatchObject({
      "plans.parquet": 5,
      "activities.parquet": 62,
      "activity_themes.parquet": themes.length,
    });
  });

  it("types the columns by their specs: STRING (JSON text too), INT32, DOUBLE, BOOLEAN, REQUIRED or OPTIONAL", () => {
    const { schema, key_value_metadata } = parquetMetadata(
      bufferOf(tablesToParquet(planTables([plan003]))["plans.parquet"]),
    );
    const element = (name: string) => schema.find((e) => e.name === name);
    expect(element("plan_id")).toMatchObject({
      type: "BYTE_ARRAY",
      converted_type: "UTF8",
      repetition_type: "REQUIRED",
    });
    expect(element("position")).toMatchObject({ type: "INT32", repetition_type: "REQUIRED" });
    expect(element("unit_parents")).toMatchObject({
      type: "BYTE_ARRAY",
      converted_type: "UTF8",
      repetition_type: "OPTIONAL",
    });
    expect(element("escalation_given")).toMatchObject({ type: "BOOLEAN", repetition_type: "REQUIRED" });
    expect(element("unit_code")).toMatchObject({ type: "BYTE_ARRAY", repetition_type: "OPTIONAL" });
    expect(key_value_metadata?.find((kv) => kv.key === "description")?.value).toBe(
      planTables([]).plans.description,
    );
    expect(key_value_metadata?.find((kv) => kv.key === "description:plan_id")?.value).toMatch(/plan/i);
  });

  it("keeps Vietnamese text, JSON text and nulls as they are for another reader (hyparquet)", async () => {
    const tables = planTables([plan003]);
    const bytes = tablesToParquet(tables)["plans.parquet"];
    const [row] = await parquetReadObjects({
      file: bufferOf(bytes),
      columns: ["plan_id", "title", "unit_parents"],
    });
    const at = (name: string) =>
      tables.plans.rows[0]?.[tables.plans.columns.findIndex((c) => c.name === name)];
    expect(row).toEqual({
      plan_id: "003_c2f82bd70c212939",
      title: at("title"),
      unit_parents: at("unit_parents"),
    });
    expect(String(row?.title)).toMatch(/tuyên truyền/i);
  });

  it("writes the same bytes for the same tables", () => {
    const once = tablesToParquet(planTables(realPlans));
    const again = tablesToParquet(planTables(realPlans));
    expect(once).toStrictEqual(again);
  });

  it("refuses a row of the wrong length and a cell that does not fit its column", () => {
    const table: Table = {
      name: "t",
      description: "",
      columns: [{ name: "n", type: "integer", description: "", nullable: false }],
      rows: [[1, 2]],
    };
    expect(errorOf(() => tablesToParquet({ t: table }))).toEqual({
      code: "table.bad-row",
      file: "t.parquet",
      row: 1,
      message: "table.bad-row: t.parquet, row 1: has 2 cells for 1 columns",
    });
    expect(errorOf(() => tablesToParquet({ t: { ...table, rows: [[2 ** 31]] } }))).toEqual({
      code: "table.bad-cell",
      file: "t.parquet",
      row: 1,
      column: "n",
      message: 'table.bad-cell: t.parquet, row 1, column "n": 2147483648 does not fit a 32-bit integer',
    });
    expect(errorOf(() => tablesToParquet({ t: { ...table, rows: [[null]] } }))).toMatchObject({
      code: "table.bad-cell",
      column: "n",
    });
  });
});
