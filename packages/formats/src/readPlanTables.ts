import {
  type Activity,
  ActivityOrigin,
  AdministrativeLevel,
  type Assignee,
  AssigneeGroup,
  DocumentType,
  LegalReference,
  migratePlan,
  OfficeKind,
  Plan,
  RecurrenceUnit,
  Role,
  type SubTask,
  Target,
  type ValidationIssue,
} from "@parcomms/core";
import type { TypedTableSpec } from "./_lib/defineTable";
import { opt, type PlanAsRead, partialDateOf, planFromRow, versionOfRow } from "./_lib/planFromRow";
import { type RowReader, readTable } from "./_lib/readTable";
import { typedPlanTableSpecs as specs } from "./_lib/typedPlanTableSpecs";
import type { PlanTables } from "./planTableSpecs";
import type { Table } from "./Table";
import { TableFormatError } from "./TableFormatError";

interface Entry {
  readonly plan: PlanAsRead;
  readonly row: number;
  readonly activities: Map<string, Activity>;
  readonly subtasks: Map<string, { readonly activityId: string; readonly subtask: SubTask }>;
}

/** A list a sub-task may give: null in `subtasks` (or a false flag) means it takes its block's. */
type Lists = Pick<Activity, "themes" | "channels" | "audiences" | "targets"> & { assignees: Assignee[] };

/** An issue of reading a plan from the tables (`schema.migrated` for a plan saved in 1.0 or 1.1), with the plan's id. */
export type PlanTablesIssue = ValidationIssue & { readonly planId: string };

/**
 * Plans rebuilt from their tidy tables, with the issues of reading (đọc bảng
 * kế hoạch): the plans of {@link plansFromTables} and a `schema.migrated` info issue
 * (core's, path `/schemaVersion`) for each plan saved in 1.0 or 1.1, with
 * its `planId`. Tables saved in 1.0 lack the `subtasks` and `escalation`
 * files and the columns added in 1.1; they may be absent only when every
 * plan of the set is of 1.0. Tables of 1.1 have every column of 1.2 (1.2
 * only lets the title, issuer and period columns be null).
 *
 * @param tables - the tables by name
 * @returns the plans and the issues
 * @throws {TableFormatError} as {@link plansFromTables} does
 * @example
 * const { plans, issues } = readPlanTables(tablesFromCsv(csvFilesSavedIn10));
 * issues[0] // { code: "schema.migrated", severity: "info", path: "/schemaVersion", params: { from: "1.0", to: "1.2" }, planId: "000_…" }
 */
export function readPlanTables(tables: PlanTables): { plans: Plan[]; issues: PlanTablesIssue[] } {
  const input = tables as Readonly<Record<string, Table | undefined>>;
  // The plans' versions decide whether the files and columns added in 1.1 must be there.
  const versions = readTable(input, specs.plans, { legacy: true }).map(versionOfRow);
  const legacy = versions.every((version) => version === "1.0");
  const read = <N extends string>(spec: TypedTableSpec<N>) => readTable(input, spec, { legacy });
  const entries = new Map<string, Entry>();
  for (const r of sorted(read(specs.plans))) {
    const plan = planFromRow(r);
    if (entries.has(plan.id)) duplicate("plans", r.row, `two plans have the id ${JSON.stringify(plan.id)}`);
    entries.set(plan.id, { plan, row: r.row, activities: new Map(), subtasks: new Map() });
  }
  const entryOf = <N extends string>(r: RowReader<N | "plan_id">, table: string): Entry =>
    entries.get(r.string("plan_id")) ?? orphan(table, r.row, "plan_id", "no row of plans has this plan_id");
  const activityOf = <N extends string>(
    r: RowReader<N | "plan_id" | "activity_id">,
    table: string,
  ): Activity =>
    entryOf(r, table).activities.get(r.string("activity_id")) ??
    orphan(table, r.row, "activity_id", "no row of activities has this plan_id and activity_id");
  /** The activity, or the sub-task when subtask_id is set (its list given, so present). */
  const ownerOf = <N extends string>(
    r: RowReader<N | "plan_id" | "activity_id" | "subtask_id">,
    table: string,
    list: keyof Lists,
  ): Lists => {
    const activity = activityOf(r, table);
    const subtaskId = r.optString("subtask_id");
    if (subtaskId === undefined) return activity;
    const found = entryOf(r, table).subtasks.get(subtaskId);
    if (!found || found.activityId !== activity.id) {
      return orphan(
        table,
        r.row,
        "subtask_id",
        "no row of subtasks has this plan_id, activity_id and subtask_id",
      );
    }
    if (found.subtask[list] === undefined) {
      r.fail("subtask_id", `the sub-task's ${list}_given is false, so it has no ${list} of its own`);
    }
    return found.subtask as Lists;
  };

  for (const r of sorted(read(specs.activities))) {
    const entry = entryOf(r, "activities");
    const activity: Activity = {
      id: r.string("activity_id"),
      title: r.string("title"),
      ...opt("description", r.optString("description")),
      themes: [],
      channels: [],
      audiences: [],
      assignees: [],
      ...opt("timeframe", r.optJson<Activity["timeframe"]>("timeframe")),
      ...opt("frequency", r.optJson<Activity["frequency"]>("frequency")),
      quotas: r.json("quotas"),
      products: r.json("products"),
      targets: [],
      ...opt("condition", r.optString("condition")),
      // A 1.0 set has no subtasks_given column: the cell reads as null, the activity has no sub-tasks.
      ...opt("subtasks", r.cell("subtasks_given") === true ? [] : undefined),
      origin: {
        section: r.oneOf("origin_section", ActivityOrigin.shape.section.options),
        ref: r.string("origin_ref"),
        ...opt("lines", r.lines("line_start", "line_end")),
      },
      ...opt("note", r.optString("note")),
    };
    if (entry.activities.has(activity.id)) {
      duplicate("activities", r.row, `plan ${JSON.stringify(entry.plan.id)} has two activities with this id`);
    }
    entry.activities.set(activity.id, activity);
    entry.plan.activities.push(activity);
  }
  for (const r of sorted(read(specs.subtasks))) {
    const entry = entryOf(r, "subtasks");
    const activity = activityOf(r, "subtasks");
    const given = <T>(name: Parameters<typeof r.boolean>[0], value: T): T | undefined =>
      r.boolean(name) ? value : undefined;
    const subtask: SubTask = {
      id: r.string("subtask_id"),
      ...opt("ref", r.optString("ref")),
      text: r.string("text"),
      ...opt("lines", r.lines("line_start", "line_end")),
      ...opt("themes", given("themes_given", [])),
      ...opt("channels", given("channels_given", [])),
      ...opt("audiences", given("audiences_given", [])),
      ...opt("assignees", given("assignees_given", [])),
      ...opt("timeframe", r.optJson<SubTask["timeframe"]>("timeframe")),
      ...opt("frequency", r.optJson<SubTask["frequency"]>("frequency")),
      ...opt("quotas", r.optJson<SubTask["quotas"]>("quotas")),
      ...opt("products", r.optJson<SubTask["products"]>("products")),
      ...opt("targets", given("targets_given", [])),
      ...opt("condition", r.optString("condition")),
      ...opt("note", r.optString("note")),
    };
    if (entry.activities.has(subtask.id) || entry.subtasks.has(subtask.id)) {
      throw new TableFormatError(
        "table.duplicate-key",
        "subtasks",
        `plan ${JSON.stringify(entry.plan.id)} has two activities or sub-tasks with this id`,
        { row: r.row, column: "subtask_id" },
      );
    }
    const list =
      activity.subtasks ??
      r.fail("activity_id", "the activity's subtasks_given is false, so it has no sub-tasks");
    entry.subtasks.set(subtask.id, { activityId: activity.id, subtask });
    list.push(subtask);
  }
  for (const r of sorted(read(specs.activity_themes))) {
    ownerOf(r, "activity_themes", "themes").themes.push(r.string("theme_code"));
  }
  for (const r of sorted(read(specs.activity_channels))) {
    ownerOf(r, "activity_channels", "channels").channels.push(r.string("channel_code"));
  }
  for (const r of sorted(read(specs.activity_audiences))) {
    ownerOf(r, "activity_audiences", "audiences").audiences.push(r.string("audience_code"));
  }
  for (const r of sorted(read(specs.activity_offices))) {
    ownerOf(r, "activity_offices", "assignees").assignees.push({
      ref: r.string("assignee_ref"),
      ...opt("wording", r.optString("wording")),
      role: r.oneOf("role", Role.options),
    });
  }
  for (const r of sorted(read(specs.targets))) {
    const target: Target = {
      metric: r.string("metric"),
      comparator: r.oneOf("comparator", Target.shape.comparator.options),
      value: r.number("value"),
      unit: r.oneOf("unit", Target.shape.unit.options),
      ...opt("per", r.optOneOf("per", RecurrenceUnit.options)),
      ...opt("appliesTo", r.optJson<Target["appliesTo"]>("applies_to")),
      ...opt("raw", r.optString("raw")),
      ...opt("lines", r.lines("line_start", "line_end")),
    };
    if (r.cell("activity_id") === null && r.cell("subtask_id") !== null) {
      r.fail("subtask_id", "is set while activity_id is null");
    }
    const owner =
      r.cell("activity_id") === null ? entryOf(r, "targets").plan : ownerOf(r, "targets", "targets");
    owner.targets.push(target);
  }
  for (const r of sorted(read(specs.content_items))) {
    entryOf(r, "content_items").plan.contentItems.push({
      id: r.string("content_item_id"),
      ...opt("ref", r.optString("ref")),
      ...opt("heading", r.optString("heading")),
      text: r.string("text"),
      ...opt("lines", r.lines("line_start", "line_end")),
      ...opt("note", r.optString("note")),
      ...opt("parentId", r.optString("parent_id")),
      themes: r.json("themes"),
      ...opt("channels", r.optJson<string[]>("channels")),
    });
  }
  for (const r of sorted(read(specs.forms_items))) {
    entryOf(r, "forms_items").plan.formsItems.push({
      id: r.string("forms_item_id"),
      ...opt("ref", r.optString("ref")),
      ...opt("heading", r.optString("heading")),
      text: r.string("text"),
      ...opt("lines", r.lines("line_start", "line_end")),
      ...opt("note", r.optString("note")),
      channels: r.json("channels"),
      themes: r.json("themes"),
    });
  }
  for (const r of sorted(read(specs.offices))) {
    const unitName = r.optString("unit_name");
    const unitLevel = r.optOneOf("unit_level", AdministrativeLevel.options);
    if ((unitName === undefined) !== (unitLevel === undefined)) {
      r.fail(
        unitName === undefined ? "unit_name" : "unit_level",
        "unit_name and unit_level must be both set or both null",
      );
    }
    entryOf(r, "offices").plan.offices.push({
      id: r.string("office_id"),
      name: r.string("name"),
      kind: r.oneOf("kind", OfficeKind.options),
      ...opt(
        "unit",
        unitName === undefined || unitLevel === undefined ? undefined : { name: unitName, level: unitLevel },
      ),
      aliases: r.json("aliases"),
      ...opt("note", r.optString("note")),
    });
  }
  for (const r of sorted(read(specs.assignee_groups))) {
    entryOf(r, "assignee_groups").plan.assigneeGroups.push({
      id: r.string("group_id"),
      label: r.string("label"),
      aliases: r.json("aliases"),
      members: r.oneOf("members", AssigneeGroup.shape.members.options),
      scope: r.oneOf("scope", AssigneeGroup.shape.scope.options),
      ...opt("unitKinds", r.optJson<AssigneeGroup["unitKinds"]>("unit_kinds")),
      ...opt("officeKinds", r.optJson<AssigneeGroup["officeKinds"]>("office_kinds")),
      ...opt("note", r.optString("note")),
    });
  }
  for (const r of sorted(read(specs.references))) {
    entryOf(r, "references").plan.references.push({
      type: r.oneOf("type", DocumentType.options),
      ...opt("number", r.optString("number")),
      ...opt("typeCode", r.optString("type_code")),
      ...opt("issuerCode", r.optString("issuer_code")),
      ...opt("symbol", r.optString("symbol")),
      ...opt("date", partialDateOf(r, "date_year", "date_month", "date_day", "date_raw")),
      ...opt("issuer", r.optString("issuer")),
      ...opt("title", r.optString("title")),
      role: r.oneOf("role", LegalReference.shape.role.options),
      ...opt("raw", r.optString("raw")),
      ...opt("lines", r.lines("line_start", "line_end")),
      ...opt("note", r.optString("note")),
    });
  }
  for (const r of sorted(read(specs.escalation))) {
    const entry = entryOf(r, "escalation");
    const escalation =
      entry.plan.escalation ??
      r.fail("plan_id", "the plan's escalation_given is false, so it has no escalation rows");
    escalation.push({
      trigger: r.string("trigger"),
      reporters: r.json("reporters"),
      via: r.json("via"),
      to: r.json("to"),
      ...opt("text", r.optString("text")),
      ...opt("lines", r.lines("line_start", "line_end")),
    });
  }
  const plans: Plan[] = [];
  const issues: PlanTablesIssue[] = [];
  for (const entry of entries.values()) {
    const migrated = migratePlan(entry.plan);
    plans.push(checked(migrated.value, entry));
    for (const item of migrated.issues.map((issue) => ({ ...issue, planId: entry.plan.id })))
      issues.push(item);
  }
  return { plans, issues };
}

/** Rows in the order of their `position`, ties kept in table order. */
function sorted<N extends string>(rows: RowReader<N | "position">[]): RowReader<N | "position">[] {
  const keyed = rows.map((r) => ({ r, position: r.integer("position") }));
  keyed.sort((a, b) => a.position - b.position || a.r.row - b.r.row);
  return keyed.map((k) => k.r);
}

function duplicate(table: string, row: number, detail: string): never {
  throw new TableFormatError("table.duplicate-key", table, detail, {
    row,
    column: table === "plans" ? "plan_id" : "activity_id",
  });
}

function orphan(table: string, row: number, column: string, detail: string): never {
  throw new TableFormatError("table.orphan-row", table, detail, { row, column });
}

function checked(value: unknown, entry: Entry): Plan {
  const result = Plan.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join(".") || "(plan)"}: ${issue.message}`)
    .join("; ");
  throw new TableFormatError(
    "table.invalid-plan",
    "plans",
    `plan ${JSON.stringify(entry.plan.id)} does not fit the Plan schema: ${issues}`,
    { row: entry.row },
  );
}
