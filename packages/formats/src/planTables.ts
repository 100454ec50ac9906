import { isNotStated, type LineRange, type Plan } from "@parcomms/core";
import { encodeRow, type TypedTableSpec } from "./_lib/defineTable";
import { stringifyJson } from "./_lib/stringifyJson";
import { typedPlanTableSpecs as specs } from "./_lib/typedPlanTableSpecs";
import type { PlanTables } from "./planTableSpecs";
import type { Cell, Row, Table } from "./Table";
import { TableFormatError } from "./TableFormatError";

type Specs = typeof specs;
type Rows = { [K in keyof Specs]: Row[] };

/**
 * Tidy tables (bảng dữ liệu) of a list of plans, for pandas, R and DuckDB:
 * one table per repeated part of the model, every row carrying its plan's id
 * and its `position` in its list, absent values as null and nested parts as
 * JSON text. {@link plansFromTables} is its exact inverse.
 *
 * @param plans - plans with distinct ids, each with distinct activity ids
 * @returns the tables by name (plans, content_items, forms_items, activities,
 *   activity_themes, activity_channels, activity_audiences, offices,
 *   assignee_groups, activity_offices, targets, references)
 * @throws {TableFormatError} `table.duplicate-key` when two plans, or two
 *   activities of one plan, share an id (rows would no longer join back)
 * @example
 * const tables = planTables([plan003]);
 * tables.activity_themes.rows[0] // ["003_c2f82bd70c212939", "a-assignment-VI.1", 0, "procedures"]
 */
export function planTables(plans: readonly Plan[]): PlanTables {
  const rows = Object.fromEntries(Object.keys(specs).map((name) => [name, []])) as unknown as Rows;
  const planIds = new Set<string>();
  plans.forEach((plan, position) => {
    if (planIds.has(plan.id)) {
      throw new TableFormatError(
        "table.duplicate-key",
        "plans",
        `two plans have the id ${JSON.stringify(plan.id)}`,
        {
          row: position + 1,
          column: "plan_id",
        },
      );
    }
    planIds.add(plan.id);
    addPlan(rows, plan, position);
  });
  const entries = Object.entries(specs).map(([name, spec]) => [
    name,
    toTable(spec, rows[name as keyof Specs]),
  ]);
  return Object.fromEntries(entries) as PlanTables;
}

function toTable(spec: Specs[keyof Specs], rows: Row[]): Table {
  return { name: spec.name, description: spec.description, columns: spec.columns, rows };
}

function push<N extends string>(target: Row[], spec: TypedTableSpec<N>, values: Record<NoInfer<N>, Cell>) {
  target.push(encodeRow(spec, values));
}

const json = (value: unknown): string => stringifyJson(value);
const optJson = (value: unknown): string | null => (value === undefined ? null : stringifyJson(value));
const lineCells = (lines: LineRange | undefined) => ({
  line_start: lines?.start ?? null,
  line_end: lines?.end ?? null,
});

function addPlan(rows: Rows, plan: Plan, position: number): void {
  const plan_id = plan.id;
  const number = plan.number;
  push(rows.plans, specs.plans, {
    plan_id,
    position,
    schema_version: plan.schemaVersion,
    title: plan.title,
    document_type: plan.documentType,
    issuer_body: plan.issuer.body,
    issuer_wording: plan.issuer.wording ?? null,
    unit_name: plan.unit.name,
    unit_kind: plan.unit.kind,
    unit_level: plan.unit.level,
    unit_era: plan.unit.era,
    unit_code_era: plan.unit.code?.era ?? null,
    unit_code: plan.unit.code?.code ?? null,
    unit_official_name: plan.unit.officialName ?? null,
    unit_parents: json(plan.unit.parents),
    unit_match: plan.unit.match,
    unit_note: plan.unit.note ?? null,
    period_start: plan.period.start,
    period_end: plan.period.end,
    number: typeof number === "string" ? number : null,
    number_not_stated: isNotStated(number),
    number_not_stated_raw: isNotStated(number) ? (number.raw ?? null) : null,
    symbol: plan.symbol ?? null,
    issue_year: plan.issueDate?.year ?? null,
    issue_month: plan.issueDate?.month ?? null,
    issue_day: plan.issueDate?.day ?? null,
    issue_date_raw: plan.issueDate?.raw ?? null,
    place: plan.place ?? null,
    status: plan.status,
    audiences: json(plan.audiences),
    purposes: json(plan.purposes),
    requirements: json(plan.requirements),
    audience_statement: optJson(plan.audienceStatement),
    focal_point: optJson(plan.focalPoint),
    timeframe_kind: plan.timeframe?.timeframe.kind ?? null,
    timeframe: optJson(plan.timeframe),
    budget: optJson(plan.budget),
    reporting: json(plan.reporting),
    child_plan_requirements: optJson(plan.childPlanRequirements),
    signatory: optJson(plan.signatory),
    recipients: json(plan.recipients),
    provenance_document: plan.provenance.document,
    provenance_line_start: plan.provenance.lines?.start ?? null,
    provenance_line_end: plan.provenance.lines?.end ?? null,
    provenance_method: plan.provenance.method,
    synthetic: plan.provenance.synthetic,
    provenance_notes: optJson(plan.provenance.notes),
  });

  plan.contentItems.forEach((item, i) => {
    push(rows.content_items, specs.content_items, {
      plan_id,
      position: i,
      content_item_id: item.id,
      ref: item.ref ?? null,
      text: item.text,
      ...lineCells(item.lines),
      note: item.note ?? null,
      parent_id: item.parentId ?? null,
      themes: json(item.themes),
    });
  });
  plan.formsItems.forEach((item, i) => {
    push(rows.forms_items, specs.forms_items, {
      plan_id,
      position: i,
      forms_item_id: item.id,
      ref: item.ref ?? null,
      text: item.text,
      ...lineCells(item.lines),
      note: item.note ?? null,
      channels: json(item.channels),
      themes: json(item.themes),
    });
  });
  plan.offices.forEach((office, i) => {
    push(rows.offices, specs.offices, {
      plan_id,
      position: i,
      office_id: office.id,
      name: office.name,
      kind: office.kind,
      unit_name: office.unit?.name ?? null,
      unit_level: office.unit?.level ?? null,
      aliases: json(office.aliases),
      note: office.note ?? null,
    });
  });
  plan.assigneeGroups.forEach((group, i) => {
    push(rows.assignee_groups, specs.assignee_groups, {
      plan_id,
      position: i,
      group_id: group.id,
      label: group.label,
      aliases: json(group.aliases),
      members: group.members,
      scope: group.scope,
      unit_kinds: optJson(group.unitKinds),
      office_kinds: optJson(group.officeKinds),
      note: group.note ?? null,
    });
  });
  plan.targets.forEach((target, i) => {
    addTarget(rows, plan_id, null, target, i);
  });
  plan.references.forEach((ref, i) => {
    push(rows.references, specs.references, {
      plan_id,
      position: i,
      type: ref.type,
      number: ref.number ?? null,
      type_code: ref.typeCode ?? null,
      issuer_code: ref.issuerCode ?? null,
      symbol: ref.symbol ?? null,
      date_year: ref.date?.year ?? null,
      date_month: ref.date?.month ?? null,
      date_day: ref.date?.day ?? null,
      date_raw: ref.date?.raw ?? null,
      issuer: ref.issuer ?? null,
      title: ref.title ?? null,
      role: ref.role,
      raw: ref.raw ?? null,
      ...lineCells(ref.lines),
      note: ref.note ?? null,
    });
  });
  addActivities(rows, plan);
}

function addActivities(rows: Rows, plan: Plan): void {
  const plan_id = plan.id;
  const officeIds = new Set(plan.offices.map((o) => o.id));
  const groupIds = new Set(plan.assigneeGroups.map((g) => g.id));
  const activityIds = new Set<string>();
  plan.activities.forEach((activity, position) => {
    const activity_id = activity.id;
    if (activityIds.has(activity_id)) {
      throw new TableFormatError(
        "table.duplicate-key",
        "activities",
        `plan ${JSON.stringify(plan_id)} has two activities with the id ${JSON.stringify(activity_id)}`,
        { column: "activity_id" },
      );
    }
    activityIds.add(activity_id);
    push(rows.activities, specs.activities, {
      plan_id,
      position,
      activity_id,
      title: activity.title,
      description: activity.description ?? null,
      timeframe_kind: activity.timeframe?.kind ?? null,
      timeframe: optJson(activity.timeframe),
      frequency: optJson(activity.frequency),
      quotas: json(activity.quotas),
      products: json(activity.products),
      condition: activity.condition ?? null,
      origin_section: activity.origin.section,
      origin_ref: activity.origin.ref,
      line_start: activity.origin.lines?.start ?? null,
      line_end: activity.origin.lines?.end ?? null,
      note: activity.note ?? null,
    });
    activity.themes.forEach((theme_code, i) => {
      push(rows.activity_themes, specs.activity_themes, { plan_id, activity_id, position: i, theme_code });
    });
    activity.channels.forEach((channel_code, i) => {
      push(rows.activity_channels, specs.activity_channels, {
        plan_id,
        activity_id,
        position: i,
        channel_code,
      });
    });
    activity.audiences.forEach((audience_code, i) => {
      push(rows.activity_audiences, specs.activity_audiences, {
        plan_id,
        activity_id,
        position: i,
        audience_code,
      });
    });
    activity.assignees.forEach((assignee, i) => {
      push(rows.activity_offices, specs.activity_offices, {
        plan_id,
        activity_id,
        position: i,
        assignee_ref: assignee.ref,
        assignee_type: officeIds.has(assignee.ref) ? "office" : groupIds.has(assignee.ref) ? "group" : null,
        role: assignee.role,
        wording: assignee.wording ?? null,
      });
    });
    activity.targets.forEach((target, i) => {
      addTarget(rows, plan_id, activity_id, target, i);
    });
  });
}

function addTarget(
  rows: Rows,
  plan_id: string,
  activity_id: string | null,
  target: Plan["targets"][number],
  position: number,
): void {
  push(rows.targets, specs.targets, {
    plan_id,
    activity_id,
    position,
    metric: target.metric,
    comparator: target.comparator,
    value: target.value,
    unit: target.unit,
    per: target.per ?? null,
    applies_to: optJson(target.appliesTo),
    raw: target.raw ?? null,
    ...lineCells(target.lines),
  });
}
