import { describe, expect, it } from "vitest";
import { dataDictionaryMarkdown } from "./dataDictionaryMarkdown";
import { planTableSpecs } from "./planTableSpecs";
import { unitTableSpecs } from "./unitTableSpecs";

const specs = [...Object.values(planTableSpecs), ...Object.values(unitTableSpecs)];

describe("dataDictionaryMarkdown", () => {
  it("has one section per table, in file order, units last", () => {
    const headings = dataDictionaryMarkdown()
      .split("\n")
      .filter((line) => line.startsWith("#"));
    expect(headings).toEqual([
      "# Data dictionary",
      "## plans",
      "## content_items",
      "## forms_items",
      "## activities",
      "## subtasks",
      "## activity_themes",
      "## activity_channels",
      "## activity_audiences",
      "## offices",
      "## assignee_groups",
      "## activity_offices",
      "## targets",
      "## references",
      "## escalation",
      "## tasks",
      "## units",
    ]);
  });

  it("describes a table and each of its columns from the specs", () => {
    const markdown = dataDictionaryMarkdown();
    const start = markdown.indexOf("## activity_themes");
    const section = markdown.slice(start, markdown.indexOf("## activity_channels"));
    expect(section).toBe(
      [
        "## activity_themes",
        "",
        "One row per theme code of an activity, or of a sub-task that gives its own themes. Files: `activity_themes.parquet`, `activity_themes.csv`, `activity_themes.arrow`.",
        "",
        "| column | type | nullable | description |",
        "| --- | --- | --- | --- |",
        "| `plan_id` | string | no | Id of the plan the row belongs to (plans.plan_id). |",
        "| `activity_id` | string | no | Id of the activity (activities.activity_id). |",
        "| `subtask_id` | string | yes | Id of the sub-task (subtasks.subtask_id) whose own list the row is in; null for the activity's (the block's) own list. A sub-task's rows replace the block's for that sub-task (see subtasks.*_given). Added in schema 1.1. |",
        "| `position` | integer | no | Index of the row in its list, 0-based; sort by it to keep the order. |",
        "| `theme_code` | string | no | Theme code from the themes codelist. |",
        "",
        "",
      ].join("\n"),
    );
  });

  it("says which tables and columns schema 1.1 added, that tasks is derived, and how sub-tasks inherit", () => {
    const markdown = dataDictionaryMarkdown();
    const section = (name: string) =>
      markdown.slice(markdown.indexOf(`## ${name}\n`)).split("\n## ")[0] ?? "";
    expect(section("subtasks")).toContain("Added in schema 1.1. Files: `subtasks.parquet`");
    expect(section("subtasks")).toContain("| `themes_given` | boolean | no |");
    expect(section("escalation")).toContain("Added in schema 1.1.");
    expect(section("tasks")).toMatch(
      /^## tasks\n\nDerived, read-only: one row per piece of work \(planTasks\)/,
    );
    expect(section("tasks")).not.toContain("Added in schema");
    expect(section("plans")).toMatch(/\| `issuer_level` \| string \| yes \| .*Added in schema 1\.1\. \|/);
    // Schema 1.2: a draft may leave these blank.
    for (const column of ["title", "issuer_body", "period_start", "period_end"])
      expect(section("plans")).toContain(`| \`${column}\` | string | yes |`);
    expect(section("plans")).toMatch(/\| `unit_name` \| string \| yes \| .*central body's plan/);
    expect(markdown).toContain("Tables saved in schema 1.0");
  });

  it("lists every column of every spec once, each with a description, as a four-cell row", () => {
    const rows = dataDictionaryMarkdown()
      .split("\n")
      .filter((line) => line.startsWith("| `"));
    expect(rows.length).toBe(specs.reduce((n, spec) => n + spec.columns.length, 0));
    for (const row of rows) {
      expect(row.split(/(?<!\\)\|/).length).toBe(6);
      expect(row).not.toMatch(/\| $|\|\s+\|$/);
    }
    for (const spec of specs) {
      for (const column of spec.columns) {
        expect(column.description.length, `${spec.name}.${column.name}`).toBeGreaterThan(10);
        expect(column.name).toMatch(/^[a-z][a-z0-9_]*$/);
      }
      expect(new Set(spec.columns.map((c) => c.name)).size).toBe(spec.columns.length);
    }
  });
});
