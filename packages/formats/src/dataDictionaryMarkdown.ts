import { planTableSpecs } from "./planTableSpecs";
import type { TableSpec } from "./Table";
import { unitTableSpecs } from "./unitTableSpecs";

/**
 * The data dictionary (từ điển dữ liệu) of the tidy tables, generated from
 * their column specs: how the files are written, then one section per table
 * with its description and a table of column, type, nullable and
 * description. Meant for docs/data.md.
 *
 * @returns Markdown text
 * @example
 * dataDictionaryMarkdown().includes("## activity_themes") // true
 */
export function dataDictionaryMarkdown(): string {
  const specs: TableSpec[] = [...Object.values(planTableSpecs), ...Object.values(unitTableSpecs)];
  const sections = specs.map((spec) =>
    [
      `## ${spec.name}`,
      "",
      `${spec.description}${spec.since ? ` Added in schema ${spec.since}.` : ""} Files: \`${spec.name}.parquet\`, \`${spec.name}.csv\`, \`${spec.name}.arrow\`.`,
      "",
      "| column | type | nullable | description |",
      "| --- | --- | --- | --- |",
      ...spec.columns.map(
        (c) =>
          `| \`${c.name}\` | ${c.type} | ${c.nullable ? "yes" : "no"} | ${escapeCell(c.description)}${c.since ? ` Added in schema ${c.since}.` : ""} |`,
      ),
    ].join("\n"),
  );
  return `${[INTRODUCTION, ...sections].join("\n\n")}\n`;
}

const INTRODUCTION = [
  "# Data dictionary",
  "",
  "Generated from the column specs in `packages/formats/src`; do not edit by hand.",
  "",
  "Plans are written as tidy tables, one Parquet file, one CSV file (UTF-8, RFC 4180 quoting, header row) and one Arrow IPC file per table, and as JSON Lines (one plan a line). Reading the tables back gives the same plans, exactly.",
  "",
  "- Every row of a plan table carries `plan_id` and a `position`: its index in its list (plans in the dataset, items in their plan or activity). Sort by `position` to keep the order of the document.",
  "- Tables about one activity also carry `activity_id`; join them to `activities` on (`plan_id`, `activity_id`).",
  "- An assignment block may hold sub-tasks (`subtasks`, schema 1.1). A sub-task's own themes, channels, audiences, assignees and targets are rows of the activity's tables with its `subtask_id`; rows with a null `subtask_id` are the block's. A field a sub-task leaves out is the block's: null in `subtasks` (for lists kept there, `[]` means given and empty), or a false `*_given` flag for the lists kept in other tables.",
  "- To count work, use `tasks`: one row per piece of work (an activity without sub-tasks, or each sub-task resolved against its block), never `activities` and `subtasks` together. It is derived from the other tables, and readers ignore it.",
  '- Tables saved in schema 1.0 (no `subtasks`, `escalation` or `tasks` file, no `issuer_level` column …) are still read: each plan is migrated to the current schema (1.2) and reported with the info issue `schema.migrated`. A column or table marked "Added in schema 1.1" may be absent only when every plan of the set is 1.0. Tables saved in 1.1 are read and migrated likewise.',
  "- A draft read from text may leave its title, period, issuer or the issuer's level blank (schema 1.2): their cells are empty in CSV and null in Arrow and Parquet, and read back as absent, never as a placeholder.",
  '- An absent value is null: an empty CSV cell, an Arrow or Parquet null. A string column may in a few places hold the empty string, written `""` in CSV: read the files with DuckDB\'s `read_csv(..., allow_quoted_nulls = false)` to keep it apart from null.',
  "- `json` columns hold compact JSON text (Arrow: utf8 with the `arrow.json` extension name; Parquet: a STRING column); parse them with `json.loads`, `jsonlite::fromJSON` or DuckDB's `json` functions.",
  "- `integer` is int32 in Arrow and INT32 in Parquet, `number` float64 (DOUBLE), `boolean` `true`/`false` in CSV; a column that is never null is REQUIRED in Parquet.",
].join("\n");

function escapeCell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
