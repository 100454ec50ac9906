import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { unitKinds } from "@parcomms/core";
import type { Cell, PlanTables } from "@parcomms/formats";
import { tableColumns } from "../_lib/tableColumns";
import { codeTops } from "./codeTops";
import { crosstabKey, type NationalRollup, type NodeTotals } from "./NationalRollup";
import { unitPathsOfTable } from "./unitSteps";

const sqlText = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** Creates a table of VARCHAR columns and fills it with DuckDB's appender. */
async function load(
  connection: DuckDBConnection,
  name: string,
  columns: Record<string, Cell[]>,
): Promise<void> {
  const names = Object.keys(columns);
  await connection.run(`CREATE TABLE ${name} (${names.map((n) => `${n} VARCHAR`).join(", ")})`);
  const appender = await connection.createAppender(name);
  const data = names.map((n) => columns[n] as Cell[]);
  const rows = data[0]?.length ?? 0;
  for (let r = 0; r < rows; r++) {
    for (const column of data) {
      const value = column[r];
      if (value === null || value === undefined) appender.appendNull();
      else appender.appendVarchar(String(value));
    }
    appender.endRow();
  }
  appender.closeSync();
}

const PARENTS_TYPE = `'[{"kind":"VARCHAR","name":"VARCHAR"}]'`;

/** Reads the unit paths, the codes and the lookups into temporary tables; the queries then read those. */
function prepareSql(provinceKinds: string[]): string {
  return `
CREATE MACRO fold(t) AS
  trim(regexp_replace(lower(strip_accents(replace(replace(t, 'đ', 'd'), 'Đ', 'd'))), '\\s+', ' ', 'g'));
CREATE TABLE plan_units AS
WITH s AS (
  SELECT plan_id, coalesce(from_json(o.steps, '["VARCHAR"]'), list_append(
    list_reverse(list_transform(from_json(unit_parents, ${PARENTS_TYPE}), lambda p: p.kind || ':' || fold(p.name))),
    unit_kind || ':' || fold(unit_name))) AS steps
  FROM plans LEFT JOIN unit_overrides o USING (plan_id))
SELECT plan_id,
  array_to_string(steps, '/') AS unit,
  list_transform(range(1, len(steps) + 1), lambda i: array_to_string(steps[1:i], '/')) AS nodes,
  coalesce(list_filter(steps, lambda x: list_contains([${provinceKinds.map(sqlText).join(", ")}], split_part(x, ':', 1)))[1], '(none)') AS province
FROM s;
CREATE TABLE plan_themes AS
SELECT plan_id, unnest(from_json(themes, '["VARCHAR"]')) AS code FROM content_items
UNION ALL SELECT plan_id, unnest(from_json(themes, '["VARCHAR"]')) FROM forms_items
UNION ALL SELECT plan_id, theme_code FROM activity_themes;
CREATE TABLE plan_channels AS
SELECT plan_id, unnest(from_json(channels, '["VARCHAR"]')) AS code FROM forms_items
UNION ALL SELECT plan_id, unnest(from_json(channels, '["VARCHAR"]')) FROM content_items WHERE channels IS NOT NULL
UNION ALL SELECT plan_id, channel_code FROM activity_channels;`;
}

const coverageSql = (codes: string, tops: string) => `
WITH unit_tops AS (
  SELECT DISTINCT u.unit, coalesce(t.top, split_part(c.code, '.', 1)) AS top
  FROM ${codes} c JOIN plan_units u USING (plan_id) LEFT JOIN ${tops} t ON t.code = c.code),
unit_nodes AS (SELECT DISTINCT unit, nodes FROM plan_units)
SELECT node, top, count(*)::INTEGER AS n
FROM (SELECT unnest(n.nodes) AS node, ut.top FROM unit_tops ut JOIN unit_nodes n USING (unit))
WHERE top IN (SELECT top FROM ${tops} WHERE top = code)
GROUP BY ALL`;

const TOTALS_SQL = `
SELECT node, count(*)::INTEGER AS plans, count(DISTINCT unit)::INTEGER AS units, sum(n)::INTEGER AS activities
FROM (
  SELECT unnest(u.nodes) AS node, u.unit, coalesce(a.n, 0) AS n
  FROM plan_units u LEFT JOIN (SELECT plan_id, count(*) AS n FROM tasks GROUP BY plan_id) a USING (plan_id))
GROUP BY node`;

const CROSSTAB_SQL = `
WITH task_themes AS (
  SELECT DISTINCT plan_id, task_id, coalesce(t.top, split_part(code, '.', 1)) AS theme
  FROM (SELECT plan_id, task_id, unnest(string_split(theme_codes, ';')) AS code FROM tasks WHERE theme_codes IS NOT NULL)
  LEFT JOIN theme_tops t USING (code)),
task_channels AS (
  SELECT DISTINCT plan_id, task_id, coalesce(t.top, split_part(code, '.', 1)) AS channel
  FROM (SELECT plan_id, task_id, unnest(string_split(channel_codes, ';')) AS code FROM tasks WHERE channel_codes IS NOT NULL)
  LEFT JOIN channel_tops t USING (code))
SELECT u.province, coalesce(task_themes.theme, '(none)') AS theme, coalesce(task_channels.channel, '(none)') AS channel,
  count(*)::INTEGER AS n
FROM tasks k JOIN plan_units u USING (plan_id)
  LEFT JOIN task_themes USING (plan_id, task_id) LEFT JOIN task_channels USING (plan_id, task_id)
GROUP BY ALL`;

/**
 * The national rollup with DuckDB (in memory), loading the columns it needs from the tidy tables of
 * `planTables` with the appender, then in SQL: unit paths from the JSON list of parents (names folded as
 * `foldVietnamese` folds them: marks stripped, đ → d, lower case, spaces collapsed), codes exploded
 * with `from_json`/`unnest`, top-level codes from a lookup table of the codelists. A fresh database per
 * call; creating it and loading the rows are timed with the queries.
 *
 * @example
 * (await duckdbRollup(planTables(plans))).nodes.size // as rollupHierarchy(plans).nodes.length
 */
export async function duckdbRollup(tables: PlanTables): Promise<NationalRollup> {
  const tops = codeTops();
  const instance = await DuckDBInstance.create(":memory:", { threads: "2" });
  const connection = await instance.connect();
  try {
    await load(
      connection,
      "plans",
      tableColumns(tables.plans, ["plan_id", "unit_kind", "unit_name", "unit_parents"]),
    );
    // Units with different official codes whose paths fold alike are split (unitSteps.ts): their paths
    // are computed in JavaScript and given as a table; every other path is folded in SQL.
    const ids = tableColumns(tables.plans, ["plan_id"]).plan_id;
    const overrides = unitPathsOfTable(tables.plans).flatMap((steps, i) =>
      steps.some((s) => /[^ -~]/.test(s) || s.includes("#")) ? [{ id: ids[i] as string, steps }] : [],
    );
    await load(connection, "unit_overrides", {
      plan_id: overrides.map((o) => o.id),
      steps: overrides.map((o) => JSON.stringify(o.steps)),
    });
    await load(
      connection,
      "tasks",
      tableColumns(tables.tasks, ["plan_id", "task_id", "theme_codes", "channel_codes"]),
    );
    await load(
      connection,
      "activity_themes",
      tableColumns(tables.activity_themes, ["plan_id", "activity_id", "theme_code"]),
    );
    await load(
      connection,
      "activity_channels",
      tableColumns(tables.activity_channels, ["plan_id", "activity_id", "channel_code"]),
    );
    await load(
      connection,
      "content_items",
      tableColumns(tables.content_items, ["plan_id", "themes", "channels"]),
    );
    await load(
      connection,
      "forms_items",
      tableColumns(tables.forms_items, ["plan_id", "themes", "channels"]),
    );
    await load(connection, "theme_tops", {
      code: [...tops.themes.topOf.keys()],
      top: [...tops.themes.topOf.values()],
    });
    await load(connection, "channel_tops", {
      code: [...tops.channels.topOf.keys()],
      top: [...tops.channels.topOf.values()],
    });
    const provinceKinds = unitKinds.entries
      .filter((k) => k.level === "province")
      .map((k) => k.code as string);
    await connection.run(prepareSql(provinceKinds));

    const read = async (sql: string) => (await connection.runAndReadAll(sql)).getRowObjectsJS();
    const crosstab = new Map<string, number>();
    for (const r of await read(CROSSTAB_SQL))
      crosstab.set(crosstabKey(r.province as string, r.theme as string, r.channel as string), r.n as number);
    const nodes = new Map<string, NodeTotals>();
    for (const r of await read(TOTALS_SQL)) {
      nodes.set(r.node as string, {
        plans: r.plans as number,
        units: r.units as number,
        activities: r.activities as number,
        themes: new Array<number>(tops.themes.top.length).fill(0),
        channels: new Array<number>(tops.channels.top.length).fill(0),
      });
    }
    const fill = async (sql: string, top: readonly string[], pick: "themes" | "channels") => {
      const index = new Map(top.map((c, i) => [c, i]));
      for (const r of await read(sql)) {
        const i = index.get(r.top as string);
        const node = nodes.get(r.node as string);
        if (i !== undefined && node) (node[pick] as number[])[i] = r.n as number;
      }
    };
    await fill(coverageSql("plan_themes", "theme_tops"), tops.themes.top, "themes");
    await fill(coverageSql("plan_channels", "channel_tops"), tops.channels.top, "channels");
    return { crosstab, nodes };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
