import { Type, tableFromIPC } from "@uwdata/flechette";
import { describe, expect, it } from "vitest";
import { errorOf, plan003 } from "./_testing";
import { planTables } from "./planTables";
import type { Table } from "./Table";
import { tablesToArrow } from "./tablesToArrow";

const sample: Table = {
  name: "sample",
  description: "Cells of every type.",
  columns: [
    { name: "text", type: "string", description: "Some text.", nullable: true },
    { name: "count", type: "integer", description: "A count.", nullable: false },
    { name: "value", type: "number", description: "A value.", nullable: true },
    { name: "flag", type: "boolean", description: "A flag.", nullable: true },
    { name: "parts", type: "json", description: "Parts.", nullable: true },
  ],
  rows: [
    ["Sơn Mầu".normalize("NFD"), 1, -0, true, '["a"]'],
    ["", -2147483648, null, null, null],
    [null, 2147483647, 1e21, false, "{}"],
  ],
};

describe("tablesToArrow", () => {
  it("writes one Arrow IPC file per table, in the file format (003_c2f82bd70c212939.txt:181–186)", () => {
    const files = tablesToArrow(planTables([plan003]));
    const bytes = files["activity_themes.arrow"] ?? new Uint8Array();
    expect(new TextDecoder().decode(bytes.subarray(0, 6))).toBe("ARROW1");
    expect(new TextDecoder().decode(bytes.subarray(-6))).toBe("ARROW1");
    expect(tableFromIPC(bytes).toArray().slice(0, 2)).toEqual([
      {
        plan_id: "003_c2f82bd70c212939",
        activity_id: "a-assignment-VI.1",
        subtask_id: "a-assignment-VI.1.2",
        position: 0,
        theme_code: "procedures.control",
      },
      {
        plan_id: "003_c2f82bd70c212939",
        activity_id: "a-assignment-VI.1",
        subtask_id: "a-assignment-VI.1.2",
        position: 1,
        theme_code: "results",
      },
    ]);
    expect(Object.keys(files)).toHaveLength(15);
  });

  it("types columns by the spec, declares nullability and carries descriptions and the arrow.json tag", () => {
    const arrow = tableFromIPC(tablesToArrow({ sample })["sample.arrow"] ?? new Uint8Array());
    expect(
      arrow.schema.fields.map((f) => ({
        name: f.name,
        typeId: f.type.typeId,
        nullable: f.nullable,
        metadata: Object.fromEntries(f.metadata ?? []),
      })),
    ).toEqual([
      { name: "text", typeId: Type.Utf8, nullable: true, metadata: { description: "Some text." } },
      { name: "count", typeId: Type.Int, nullable: false, metadata: { description: "A count." } },
      { name: "value", typeId: Type.Float, nullable: true, metadata: { description: "A value." } },
      { name: "flag", typeId: Type.Bool, nullable: true, metadata: { description: "A flag." } },
      {
        name: "parts",
        typeId: Type.Utf8,
        nullable: true,
        metadata: { description: "Parts.", "ARROW:extension:name": "arrow.json" },
      },
    ]);
    expect(Object.fromEntries(arrow.schema.metadata ?? [])).toEqual({ description: "Cells of every type." });
    expect(arrow.toArray()).toStrictEqual([
      { text: "Sơn Mầu".normalize("NFD"), count: 1, value: -0, flag: true, parts: '["a"]' },
      { text: "", count: -2147483648, value: null, flag: null, parts: null },
      { text: null, count: 2147483647, value: 1e21, flag: false, parts: "{}" },
    ]);
  });

  it("reports a row of the wrong length", () => {
    expect(errorOf(() => tablesToArrow({ sample: { ...sample, rows: [[null, 1]] } }))).toEqual({
      code: "table.bad-row",
      file: "sample.arrow",
      row: 1,
      message: "table.bad-row: sample.arrow, row 1: has 2 cells for 5 columns",
    });
  });

  it("reports an integer outside int32, a null where none may be and text UTF-8 cannot carry", () => {
    const one = (row: Table["rows"][number]) =>
      errorOf(() => tablesToArrow({ sample: { ...sample, rows: [row] } }));
    expect(one([null, 2147483648, null, null, null])).toEqual({
      code: "table.bad-cell",
      file: "sample.arrow",
      row: 1,
      column: "count",
      message:
        'table.bad-cell: sample.arrow, row 1, column "count": 2147483648 does not fit a 32-bit integer',
    });
    expect(one([null, null, null, null, null])).toEqual({
      code: "table.bad-cell",
      file: "sample.arrow",
      row: 1,
      column: "count",
      message: 'table.bad-cell: sample.arrow, row 1, column "count": null in a column that is never null',
    });
    expect(one(["\uDC00x", 1, null, null, null])).toEqual({
      code: "table.bad-cell",
      file: "sample.arrow",
      row: 1,
      column: "text",
      message:
        'table.bad-cell: sample.arrow, row 1, column "text": text with a lone surrogate, which UTF-8 cannot carry',
    });
  });
});
