import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryPlans } from "./_arbitraryPlan";
import { errorOf, plan003, realPlans, toCrlf } from "./_testing";
import { plansFromTables } from "./plansFromTables";
import { planTableSpecs } from "./planTableSpecs";
import { planTables } from "./planTables";
import { tablesFromCsv } from "./tablesFromCsv";
import { tablesToCsv } from "./tablesToCsv";

const themesOnly = { activity_themes: planTableSpecs.activity_themes };
const files003 = () => tablesToCsv(planTables([plan003]));
const HEADER = "plan_id,activity_id,subtask_id,position,theme_code";
const sample = {
  name: "sample",
  description: "Cells of every type.",
  columns: [
    { name: "text", type: "string", description: "", nullable: true },
    { name: "count", type: "integer", description: "", nullable: true },
    { name: "value", type: "number", description: "", nullable: true },
    { name: "flag", type: "boolean", description: "", nullable: true },
    { name: "parts", type: "json", description: "", nullable: true },
  ],
} as const;

describe("tablesFromCsv", () => {
  it("gives back the five real plans exactly through CSV", () => {
    const tables = planTables(realPlans);
    expect(tablesFromCsv(tablesToCsv(tables))).toStrictEqual(tables);
    expect(plansFromTables(tablesFromCsv(tablesToCsv(tables)))).toStrictEqual(realPlans);
  });

  it("gives back every generated plan exactly through CSV (property)", () => {
    fc.assert(
      fc.property(arbitraryPlans, (plans) => {
        expect(plansFromTables(tablesFromCsv(tablesToCsv(planTables(plans))))).toStrictEqual(plans);
      }),
      { seed: 13, numRuns: 150 },
    );
  }, 30_000);

  it("accepts a byte order mark and CRLF line ends, as Excel writes them", () => {
    const files = Object.fromEntries(
      Object.entries(tablesToCsv(planTables(realPlans))).map(([name, text]) => [
        name,
        `\uFEFF${toCrlf(text)}`,
      ]),
    );
    expect(files["activity_themes.csv"]?.startsWith(`\uFEFF${HEADER}\r\n`)).toBe(true);
    expect(plansFromTables(tablesFromCsv(files))).toStrictEqual(realPlans);
  });

  it("finds columns by name, ignores extra ones and skips blank lines", () => {
    const text = `theme_code,note,position,plan_id,activity_id\n\nprocedures,x,0,003,a-1\r\n\r\none-stop-shop,,1,003,a-1\n`;
    expect(tablesFromCsv({ "activity_themes.csv": text }, themesOnly).activity_themes.rows).toEqual([
      ["003", "a-1", 0, "procedures"],
      ["003", "a-1", 1, "one-stop-shop"],
    ]);
  });

  it("reads an empty cell as null and a quoted empty cell as the empty string in a string column, null in others", () => {
    const text =
      'text,count,value,flag,parts\n,,,,\n"","","","",""\nkhi có hướng dẫn,-3,-0,TRUE,"{""a"":[1]}"\n';
    expect(tablesFromCsv({ "sample.csv": text }, { sample }).sample.rows).toStrictEqual([
      [null, null, null, null, null],
      ["", null, null, null, null],
      ["khi có hướng dẫn", -3, -0, true, '{"a":[1]}'],
    ]);
  });

  it("reports a missing file", () => {
    const { "targets.csv": _, ...files } = files003();
    expect(errorOf(() => tablesFromCsv(files))).toEqual({
      code: "table.missing-file",
      file: "targets.csv",
      message: "table.missing-file: targets.csv: the file is missing",
    });
  });

  it("reports files that are not CSV: an unclosed quote, a stray quote, no header", () => {
    expect(
      errorOf(() =>
        tablesFromCsv({ "activity_themes.csv": `${HEADER}\n003,a-1,,0,"procedures\n` }, themesOnly),
      ),
    ).toEqual({
      code: "table.bad-file",
      file: "activity_themes.csv",
      line: 2,
      message: "table.bad-file: activity_themes.csv (line 2): a quoted cell is never closed",
    });
    expect(
      errorOf(() =>
        tablesFromCsv({ "activity_themes.csv": `${HEADER}\n003,a-1,0,pro"cedures\n` }, themesOnly),
      ),
    ).toEqual({
      code: "table.bad-file",
      file: "activity_themes.csv",
      line: 2,
      message: 'table.bad-file: activity_themes.csv (line 2): a quote inside an unquoted cell: pro"cedures',
    });
    expect(
      errorOf(() => tablesFromCsv({ "activity_themes.csv": `${HEADER}\n003,a-1,0,"a"b\n` }, themesOnly)),
    ).toEqual({
      code: "table.bad-file",
      file: "activity_themes.csv",
      line: 2,
      message: "table.bad-file: activity_themes.csv (line 2): unexpected text after a closing quote: b",
    });
    expect(errorOf(() => tablesFromCsv({ "activity_themes.csv": "" }, themesOnly))).toEqual({
      code: "table.bad-file",
      file: "activity_themes.csv",
      message: "table.bad-file: activity_themes.csv: the file has no header row",
    });
  });

  it("reports a header that names a column twice or lacks one", () => {
    expect(
      errorOf(() => tablesFromCsv({ "activity_themes.csv": `${HEADER},position\n` }, themesOnly)),
    ).toEqual({
      code: "table.duplicate-column",
      file: "activity_themes.csv",
      column: "position",
      line: 1,
      message:
        'table.duplicate-column: activity_themes.csv (line 1), column "position": the header names this column twice',
    });
    expect(
      errorOf(() => tablesFromCsv({ "activity_themes.csv": "plan_id,activity_id,position\n" }, themesOnly)),
    ).toEqual({
      code: "table.missing-column",
      file: "activity_themes.csv",
      column: "theme_code",
      line: 1,
      message:
        'table.missing-column: activity_themes.csv (line 1), column "theme_code": the header has no such column',
    });
  });

  it("reports a row with the wrong number of cells, with its row and line", () => {
    const text = `${HEADER}\n003,a-1,,0,"multi\nline"\n003,a-1,,1\n`;
    expect(errorOf(() => tablesFromCsv({ "activity_themes.csv": text }, themesOnly))).toEqual({
      code: "table.bad-row",
      file: "activity_themes.csv",
      row: 2,
      line: 4,
      message: "table.bad-row: activity_themes.csv, row 2 (line 4): has 4 cells for 5 columns",
    });
  });

  it("reports a bad integer, boolean or JSON cell and an empty required cell, naming file, row, line and column", () => {
    const bad = (name: string, cell: string) => {
      const files = files003();
      const [header = "", first = "", ...rest] = (files["plans.csv"] ?? "").split("\n");
      const names = header.split(",");
      // the first columns of plans.csv hold no commas or quotes in 003, so a split finds them
      const cells = first.split(",");
      cells[names.indexOf(name)] = cell;
      return errorOf(() =>
        tablesFromCsv({ ...files, "plans.csv": [header, cells.join(","), ...rest].join("\n") }),
      );
    };
    expect(bad("position", "1st")).toEqual({
      code: "table.bad-cell",
      file: "plans.csv",
      row: 1,
      line: 2,
      column: "position",
      message: 'table.bad-cell: plans.csv, row 1 (line 2), column "position": expected an integer, got "1st"',
    });
    expect(bad("document_type", "")).toEqual({
      code: "table.bad-cell",
      file: "plans.csv",
      row: 1,
      line: 2,
      column: "document_type",
      message:
        'table.bad-cell: plans.csv, row 1 (line 2), column "document_type": empty cell in a column that is never null',
    });
    const themes = (theme: string, position: string) =>
      errorOf(() =>
        tablesFromCsv({ "activity_themes.csv": `${HEADER}\n003,a-1,,${position},${theme}\n` }, themesOnly),
      );
    expect(themes("x", "0.5")).toEqual({
      code: "table.bad-cell",
      file: "activity_themes.csv",
      row: 1,
      line: 2,
      column: "position",
      message:
        'table.bad-cell: activity_themes.csv, row 1 (line 2), column "position": expected an integer, got "0.5"',
    });
    const cell = (column: string, value: string) => {
      const values: Record<string, string> = {
        text: "a",
        count: "1",
        value: "1.5",
        flag: "true",
        parts: "[]",
        [column]: value,
      };
      const text = `text,count,value,flag,parts\n${["text", "count", "value", "flag", "parts"].map((c) => values[c]).join(",")}\n`;
      return errorOf(() => tablesFromCsv({ "sample.csv": text }, { sample }));
    };
    expect(cell("flag", "yes")).toEqual({
      code: "table.bad-cell",
      file: "sample.csv",
      row: 1,
      line: 2,
      column: "flag",
      message: 'table.bad-cell: sample.csv, row 1 (line 2), column "flag": expected true or false, got "yes"',
    });
    expect(cell("parts", "[}")).toEqual({
      code: "table.bad-cell",
      file: "sample.csv",
      row: 1,
      line: 2,
      column: "parts",
      message: 'table.bad-cell: sample.csv, row 1 (line 2), column "parts": expected JSON text, got "[}"',
    });
    // Found by the property suite: a lone surrogate (text in memory, never UTF-8 bytes) was read, and the writers refuse it.
    for (const column of ["text", "parts"]) {
      expect(cell(column, column === "parts" ? '"[""\uD800""]"' : "a\uD800")).toEqual({
        code: "table.bad-cell",
        file: "sample.csv",
        row: 1,
        line: 2,
        column,
        message: `table.bad-cell: sample.csv, row 1 (line 2), column "${column}": text with a lone surrogate, which UTF-8 cannot carry`,
      });
    }
    for (const value of ["0x10", " 1", "Infinity", "NaN", "1.5.1", "--1"]) {
      expect(cell("value", value)).toMatchObject({ code: "table.bad-cell", column: "value" });
    }
    for (const value of ["1.0", "1e3", "9007199254740993"]) {
      expect(cell("count", value)).toMatchObject({ code: "table.bad-cell", column: "count" });
    }
  });

  it("reads numbers in JavaScript's and other tools' forms, -0 included", () => {
    const text = "text,count,value,flag,parts\n,,100,,\n,,-0,,\n,,1e+21,,\n,,2.5E-3,,\n,,.5,,\n";
    const values = tablesFromCsv({ "sample.csv": text }, { sample }).sample.rows.map((row) => row[2]);
    expect(values).toStrictEqual([100, -0, 1e21, 0.0025, 0.5]);
  });
});
