import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { type Plan, planTasks } from "@parcomms/core";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { arbitraryPlans } from "./_arbitraryPlan";
import { plan002, plan003, realPlans } from "./_testing";
import { plansFromTables } from "./plansFromTables";
import type { PlanTables } from "./planTableSpecs";
import { planTables } from "./planTables";
import type { Row, Table } from "./Table";
import { tablesFromArrow } from "./tablesFromArrow";
import { tablesFromParquet } from "./tablesFromParquet";
import { tablesToArrow } from "./tablesToArrow";
import { tablesToCsv } from "./tablesToCsv";
import { tablesToParquet } from "./tablesToParquet";

const SQL_TYPE = {
  string: "VARCHAR",
  json: "VARCHAR",
  integer: "INTEGER",
  number: "DOUBLE",
  boolean: "BOOLEAN",
};
// @duckdb/node-api decodes VARCHAR with a default TextDecoder, which drops a leading U+FEFF; reading the
// bytes (encode) and decoding them here shows what DuckDB itself read.
const utf8 = new TextDecoder("utf-8", { ignoreBOM: true, fatal: true });

const sqlText = (text: string) => `'${text.replace(/'/g, "''")}'`;
const quoted = (name: string) => `"${name}"`;

/** DuckDB's read_csv of a table's file, every column typed by the spec, "" kept apart from null. */
function typedCsv(path: string, table: Table): string {
  const columns = table.columns.map((c) => `${sqlText(c.name)}: ${sqlText(SQL_TYPE[c.type])}`).join(", ");
  return `read_csv(${sqlText(path)}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', allow_quoted_nulls = false, columns = {${columns}})`;
}

/** The rows of `source` (a table expression) as our cells, text read as bytes. */
async function rowsOf(connection: DuckDBConnection, source: string, table: Table): Promise<Row[]> {
  const select = table.columns
    .map((c) =>
      c.type === "string" || c.type === "json"
        ? `encode(${quoted(c.name)}) AS ${quoted(c.name)}`
        : quoted(c.name),
    )
    .join(", ");
  const result = await connection.runAndReadAll(`SELECT ${select} FROM ${source}`);
  return result
    .getRowsJS()
    .map((row) => row.map((v) => (v instanceof Uint8Array ? utf8.decode(v) : v)) as Row);
}

async function count(connection: DuckDBConnection, source: string): Promise<number> {
  const result = await connection.runAndReadAll(`SELECT count(*) AS n FROM ${source}`);
  return Number(result.getRowObjectsJS()[0]?.n);
}

/** The theme codes the plans give, one per row of activity_themes: each block's, then each of its sub-tasks'. */
const givenThemes = (plans: readonly Plan[]) =>
  plans.flatMap((p) =>
    p.activities.flatMap((a) => [...a.themes, ...(a.subtasks ?? []).flatMap((t) => t.themes ?? [])]),
  );

async function writeCsv(dir: string, tables: PlanTables): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const [file, text] of Object.entries(tablesToCsv(tables)))
    await writeFile(join(dir, file), text, "utf8");
}

describe("DuckDB reads the files", () => {
  const tables = planTables(realPlans);
  let dir = "";
  let instance: DuckDBInstance;
  let connection: DuckDBConnection;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "parcomms-formats-"));
    await writeCsv(join(dir, "csv"), tables);
    await mkdir(join(dir, "arrow"));
    for (const [file, bytes] of Object.entries(tablesToArrow(tables)))
      await writeFile(join(dir, "arrow", file), bytes);
    await mkdir(join(dir, "parquet"));
    for (const [file, bytes] of Object.entries(tablesToParquet(tables)))
      await writeFile(join(dir, "parquet", file), bytes);
    instance = await DuckDBInstance.create(":memory:");
    connection = await instance.connect();
  });

  afterAll(async () => {
    connection?.closeSync();
    instance?.closeSync();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("counts as many rows with read_csv(…, header = true) as planTables wrote, table by table", async () => {
    const counts: [string, number][] = [];
    for (const table of Object.values(tables)) {
      counts.push([
        table.name,
        await count(connection, `read_csv(${sqlText(join(dir, "csv", `${table.name}.csv`))}, header = true)`),
      ]);
    }
    expect(counts).toEqual(Object.values(tables).map((t) => [t.name, t.rows.length]));
  });

  it("counts themes as TypeScript counts them over the five plans' activities and sub-tasks", async () => {
    const source = `read_csv(${sqlText(join(dir, "csv", "activity_themes.csv"))}, header = true)`;
    const result = await connection.runAndReadAll(
      `SELECT theme_code, count(*) AS n FROM ${source} GROUP BY 1 ORDER BY theme_code`,
    );
    const fromDuckDb = result.getRowObjectsJS().map((r) => [String(r.theme_code), Number(r.n)]);
    const fromPlans = new Map<string, number>();
    for (const theme of givenThemes(realPlans)) {
      fromPlans.set(theme, (fromPlans.get(theme) ?? 0) + 1);
    }
    expect(fromDuckDb).toEqual([...fromPlans].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(fromDuckDb.length).toBeGreaterThan(20);
  });

  it("parses json columns with DuckDB's json functions: quotas and products as TypeScript counts them", async () => {
    const source = typedCsv(join(dir, "csv", "activities.csv"), tables.activities);
    const result = await connection.runAndReadAll(
      `SELECT sum(json_array_length(quotas::JSON))::INTEGER AS quotas, sum(json_array_length(products::JSON))::INTEGER AS products FROM ${source}`,
    );
    const activities = realPlans.flatMap((p) => p.activities);
    expect(result.getRowObjectsJS()).toEqual([
      {
        quotas: activities.reduce((n, a) => n + a.quotas.length, 0),
        products: activities.reduce((n, a) => n + a.products.length, 0),
      },
    ]);
  });

  it("reads every cell back exactly with the specs' types, and so do Parquet files DuckDB writes from them", async () => {
    const fromCsv: Record<string, Table> = {};
    const fromParquet: Record<string, Table> = {};
    for (const table of Object.values(tables)) {
      const source = typedCsv(join(dir, "csv", `${table.name}.csv`), table);
      fromCsv[table.name] = { ...table, rows: await rowsOf(connection, source, table) };
      const parquet = join(dir, `${table.name}.parquet`);
      await connection.run(`COPY (SELECT * FROM ${source}) TO ${sqlText(parquet)} (FORMAT parquet)`);
      fromParquet[table.name] = {
        ...table,
        rows: await rowsOf(connection, `read_parquet(${sqlText(parquet)})`, table),
      };
    }
    expect(fromCsv).toStrictEqual(tables);
    expect(plansFromTables(fromCsv as PlanTables)).toStrictEqual(realPlans);
    expect(plansFromTables(fromParquet as PlanTables)).toStrictEqual(realPlans);
    const duckdbFiles: Record<string, Uint8Array> = {};
    for (const table of Object.values(tables)) {
      duckdbFiles[`${table.name}.parquet`] = await readFile(join(dir, `${table.name}.parquet`));
    }
    expect(tablesFromParquet(duckdbFiles)).toStrictEqual(tables);
  });

  it("reads the Parquet files of tablesToParquet with read_parquet: the row count of every table, every cell", async () => {
    const counts: [string, number][] = [];
    const back: Record<string, Table> = {};
    for (const table of Object.values(tables)) {
      const source = `read_parquet(${sqlText(join(dir, "parquet", `${table.name}.parquet`))})`;
      counts.push([table.name, await count(connection, source)]);
      back[table.name] = { ...table, rows: await rowsOf(connection, source, table) };
    }
    expect(counts).toEqual(Object.values(tables).map((t) => [t.name, t.rows.length]));
    expect(counts).toContainEqual(["activities", 62]);
    expect(back).toStrictEqual(tables);
    expect(plansFromTables(back as PlanTables)).toStrictEqual(realPlans);
  });

  it("types the Parquet columns for DuckDB (JSON text as VARCHAR, cast with ::JSON) and counts themes, quotas and plans' activities", async () => {
    const at = (name: string) => sqlText(join(dir, "parquet", `${name}.parquet`));
    const types = await connection.runAndReadAll(
      `SELECT column_name, column_type FROM (DESCRIBE SELECT plan_id, position, unit_parents FROM read_parquet(${at("plans")}))`,
    );
    expect(types.getRowObjectsJS()).toEqual([
      { column_name: "plan_id", column_type: "VARCHAR" },
      { column_name: "position", column_type: "INTEGER" },
      { column_name: "unit_parents", column_type: "VARCHAR" },
    ]);
    const perPlan = await connection.runAndReadAll(
      `SELECT plan_id, count(*)::INTEGER AS n, sum(json_array_length(quotas::JSON))::INTEGER AS quotas FROM read_parquet(${at("activities")}) GROUP BY 1 ORDER BY 1`,
    );
    expect(perPlan.getRowObjectsJS()).toEqual(
      realPlans.map((p) => ({
        plan_id: p.id,
        n: p.activities.length,
        quotas: p.activities.reduce((n, a) => n + a.quotas.length, 0),
      })),
    );
    const themes = await connection.runAndReadAll(
      `SELECT count(DISTINCT theme_code)::INTEGER AS codes, count(*)::INTEGER AS n FROM read_parquet(${at("activity_themes")})`,
    );
    const all = givenThemes(realPlans);
    expect(themes.getRowObjectsJS()).toEqual([{ codes: new Set(all).size, n: all.length }]);
  });

  it("reads crafted and generated plans back exactly: BOM, NFD, line breaks, quotes, empty strings, -0", async () => {
    const [first, ...rest] = plan003.activities;
    if (!first) throw new Error("003 has activities");
    const crafted: Plan = {
      ...plan003,
      title: `\uFEFF${plan003.title.normalize("NFD")}`,
      activities: [{ ...first, condition: "" }, ...rest],
      targets: [{ metric: 'sai lệch, "tối đa"\r\n', comparator: "atMost", value: -0, unit: "count" }],
    };
    const samples = [[crafted], ...fc.sample(arbitraryPlans, { seed: 23, numRuns: 12 })];
    for (const [i, plans] of samples.entries()) {
      const generated = planTables(plans);
      const at = join(dir, `generated-${i}`);
      await writeCsv(at, generated);
      const back: Record<string, Table> = {};
      for (const table of Object.values(generated)) {
        back[table.name] = {
          ...table,
          rows: await rowsOf(connection, typedCsv(join(at, `${table.name}.csv`), table), table),
        };
      }
      expect(plansFromTables(back as PlanTables)).toStrictEqual(plans);
    }
  }, 30_000);

  it("loads the Arrow files, read with flechette, into DuckDB tables with the same counts (DuckDB's own arrow extension needs a download)", async () => {
    const files: Record<string, Uint8Array> = {};
    for (const table of Object.values(tables)) {
      files[`${table.name}.arrow`] = await readFile(join(dir, "arrow", `${table.name}.arrow`));
    }
    const fromArrow = tablesFromArrow(files);
    const counts: [string, number][] = [];
    for (const table of Object.values(fromArrow)) {
      const name = quoted(`arrow_${table.name}`);
      const columns = table.columns.map((c) => `${quoted(c.name)} ${SQL_TYPE[c.type]}`).join(", ");
      await connection.run(`CREATE TABLE ${name} (${columns})`);
      const appender = await connection.createAppender(`arrow_${table.name}`);
      for (const row of table.rows) {
        row.forEach((cell, j) => {
          const type = table.columns[j]?.type;
          if (cell === null) appender.appendNull();
          else if (typeof cell === "string") appender.appendVarchar(cell);
          else if (typeof cell === "boolean") appender.appendBoolean(cell);
          else if (type === "integer") appender.appendInteger(cell);
          else appender.appendDouble(cell);
        });
        appender.endRow();
      }
      appender.closeSync();
      counts.push([table.name, await count(connection, name)]);
    }
    expect(counts).toEqual(Object.values(tables).map((t) => [t.name, t.rows.length]));
    const themes = await connection.runAndReadAll(
      `SELECT count(DISTINCT theme_code)::INTEGER AS codes, count(*)::INTEGER AS n FROM "arrow_activity_themes"`,
    );
    const all = givenThemes(realPlans);
    expect(themes.getRowObjectsJS()).toEqual([{ codes: new Set(all).size, n: all.length }]);
  });
});

describe("DuckDB counts work from the tasks table", () => {
  it("counts 002 V.1 as its five tasks a)–e) (002:87–95), and themes per task as planTasks resolves them", async () => {
    const dir = await mkdtemp(join(tmpdir(), "parcomms-tasks-"));
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    try {
      await writeCsv(dir, planTables([plan002]));
      const tasks = `read_csv(${sqlText(join(dir, "tasks.csv"))}, header = true, all_varchar = true)`;
      const v1 = await connection.runAndReadAll(
        `SELECT task_id, subtask_ref, end_date FROM ${tasks} WHERE activity_id = 'a-assignment-V.1' ORDER BY position::INTEGER`,
      );
      expect(v1.getRowObjectsJS()).toEqual([
        { task_id: "a-assignment-V.1.a", subtask_ref: "a", end_date: "2024-04-20" },
        { task_id: "a-assignment-V.1.b", subtask_ref: "b", end_date: null },
        { task_id: "a-assignment-V.1.c", subtask_ref: "c", end_date: null },
        { task_id: "a-assignment-V.1.d", subtask_ref: "d", end_date: null },
        { task_id: "a-assignment-V.1.e", subtask_ref: "e", end_date: null },
      ]);
      const themes = await connection.runAndReadAll(
        `SELECT theme, count(*)::INTEGER AS n FROM (SELECT unnest(string_split(theme_codes, ';')) AS theme FROM ${tasks}) GROUP BY 1 ORDER BY 1`,
      );
      const fromTasks = new Map<string, number>();
      for (const theme of planTasks(plan002).flatMap((t) => t.themes)) {
        fromTasks.set(theme, (fromTasks.get(theme) ?? 0) + 1);
      }
      expect(themes.getRowObjectsJS().map((r) => [r.theme, r.n])).toEqual(
        [...fromTasks].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      );
      // results: V.1 b) and c) (002:89, 002:91), V.2 d) (002:102), V.3 b) (002:107), V.8 c) (002:135);
      // V.1 a) and d) give none (002:87, 002:93), so V.1 counts twice, not five times
      const results = await connection.runAndReadAll(
        `SELECT task_id FROM ${tasks} WHERE list_contains(string_split(theme_codes, ';'), 'results') ORDER BY position::INTEGER`,
      );
      expect(results.getRowObjectsJS().map((r) => r.task_id)).toEqual([
        "a-assignment-V.1.b",
        "a-assignment-V.1.c",
        "a-assignment-V.2.d",
        "a-assignment-V.3.b",
        "a-assignment-V.8.c",
      ]);
    } finally {
      connection.closeSync();
      instance.closeSync();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
