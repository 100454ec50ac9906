import {
  type Activity,
  ActivityOrigin,
  AdministrativeLevel,
  AssigneeGroup,
  DocumentType,
  LegalReference,
  OfficeKind,
  Plan,
  RecurrenceUnit,
  Role,
  Target,
} from "@parcomms/core";
import { opt, partialDateOf, planFromRow } from "./_lib/planFromRow";
import { type RowReader, readTable } from "./_lib/readTable";
import { typedPlanTableSpecs as specs } from "./_lib/typedPlanTableSpecs";
import type { PlanTables } from "./planTableSpecs";
import type { Table } from "./Table";
import { TableFormatError } from "./TableFormatError";

interface Entry {
  readonly plan: Plan;
  readonly row: number;
  readonly activities: Map<string, Activity>;
}

/**
 * Plans rebuilt from their tidy tables: the exact inverse of
 * {@link planTables}, so `plansFromTables(planTables(plans))` deep-equals
 * `plans`. Rows are ordered by `position` (plans among plans, items within
 * their plan or activity), not by their order in the table; columns are
 * found by name and extra columns are ignored. Derived columns
 * (`timeframe_kind`, `assignee_type`) are not read back.
 *
 * @param tables - the tables by name, as {@link planTables}, {@link tablesFromCsv} or {@link tablesFromArrow} return them
 * @returns the plans, each checked against the Plan schema
 * @throws {TableFormatError} `table.missing-file`, `table.missing-column`,
 *   `table.bad-row`, `table.bad-cell` (a cell of the wrong type, an unknown
 *   enum value, broken JSON), `table.duplicate-key`, `table.orphan-row` (a
 *   row whose plan or activity is not in its parent table) or
 *   `table.invalid-plan` (a rebuilt plan that fails the schema)
 * @example
 * plansFromTables(planTables([plan003]))[0]?.activities.length // 17
 */
export function plansFromTables(tables: PlanTables): Plan[] {
  const input = tables as Readonly<Record<string, Table | undefined>>;
  const entries = new Map<string, Entry>();
  for (const r of sorted(readTable(input, specs.plans))) {
    const plan = planFromRow(r);
    if (entries.has(plan.id)) duplicate("plans", r.row, `two plans have the id ${JSON.stringify(plan.id)}`);
    entries.set(plan.id, { plan, row: r.row, activities: new Map() });
  }
  const entryOf = <N extends string>(r: RowReader<N | "plan_id">, table: string): Entry =>
    entries.get(r.string("plan_id")) ?? orphan(table, r.row, "plan_id", "no row of plans has this plan_id");
  const activityOf = <N extends string>(
    r: RowReader<N | "plan_id" | "activity_id">,
    table: string,
  ): Activity =>
    entryOf(r, table).activities.get(r.string("activity_id")) ??
    orphan(table, r.row, "activity_id", "no row of activities has this plan_id and activity_id");

  for (const r of sorted(readTable(input, specs.activities))) {
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
  for (const r of sorted(readTable(input, specs.activity_themes))) {
    activityOf(r, "activity_themes").themes.push(r.string("theme_code"));
  }
  for (const r of sorted(readTable(input, specs.activity_channels))) {
    activityOf(r, "activity_channels").channels.push(r.string("channel_code"));
  }
  for (const r of sorted(readTable(input, specs.activity_audiences))) {
    activityOf(r, "activity_audiences").audiences.push(r.string("audience_code"));
  }
  for (const r of sorted(readTable(input, specs.activity_offices))) {
    activityOf(r, "activity_offices").assignees.push({
      ref: r.string("assignee_ref"),
      ...opt("wording", r.optString("wording")),
      role: r.oneOf("role", Role.options),
    });
  }
  for (const r of sorted(readTable(input, specs.targets))) {
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
    const owner = r.cell("activity_id") === null ? entryOf(r, "targets").plan : activityOf(r, "targets");
    owner.targets.push(target);
  }
  for (const r of sorted(readTable(input, specs.content_items))) {
    entryOf(r, "content_items").plan.contentItems.push({
      id: r.string("content_item_id"),
      ...opt("ref", r.optString("ref")),
      text: r.string("text"),
      ...opt("lines", r.lines("line_start", "line_end")),
      ...opt("note", r.optString("note")),
      ...opt("parentId", r.optString("parent_id")),
      themes: r.json("themes"),
    });
  }
  for (const r of sorted(readTable(input, specs.forms_items))) {
    entryOf(r, "forms_items").plan.formsItems.push({
      id: r.string("forms_item_id"),
      ...opt("ref", r.optString("ref")),
      text: r.string("text"),
      ...opt("lines", r.lines("line_start", "line_end")),
      ...opt("note", r.optString("note")),
      channels: r.json("channels"),
      themes: r.json("themes"),
    });
  }
  for (const r of sorted(readTable(input, specs.offices))) {
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
  for (const r of sorted(readTable(input, specs.assignee_groups))) {
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
  for (const r of sorted(readTable(input, specs.references))) {
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
  return [...entries.values()].map(checked);
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

function checked(entry: Entry): Plan {
  const result = Plan.safeParse(entry.plan);
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
