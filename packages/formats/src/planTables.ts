import { isNotStated, type Plan } from "@parcomms/core";
import { addActivities, addTarget } from "./_lib/activityRows";
import { json, lineCells, optJson, push, type PlanRows as Rows } from "./_lib/planRows";
import { addTasks } from "./_lib/taskRows";
import { typedPlanTableSpecs as specs } from "./_lib/typedPlanTableSpecs";
import type { PlanTables } from "./planTableSpecs";
import type { Row, Table } from "./Table";
import { TableFormatError } from "./TableFormatError";

type Specs = typeof specs;

/**
 * Tidy tables (bảng dữ liệu) of a list of plans, for pandas, R and DuckDB:
 * one table per repeated part of the model, every row carrying its plan's id
 * and its `position` in its list, absent values as null and nested parts as
 * JSON text. {@link plansFromTables} is its exact inverse.
 *
 * A sub-task's own lists are rows of the activity's list tables under its
 * `subtask_id`; what it leaves to its block is null in `subtasks` (or a
 * false `*_given` flag), so absent and empty stay apart. The derived `tasks`
 * table lists every piece of work (`planTasks`) resolved, for analysts.
 *
 * @param plans - plans with distinct ids, each with distinct activity and sub-task ids
 * @returns the tables by name (plans, content_items, forms_items, activities,
 *   subtasks, activity_themes, activity_channels, activity_audiences,
 *   offices, assignee_groups, activity_offices, targets, references,
 *   escalation, tasks)
 * @throws {TableFormatError} `table.duplicate-key` when two plans, or two
 *   activities or sub-tasks of one plan, share an id (rows would no longer join back)
 * @example
 * const tables = planTables([plan003]);
 * tables.activity_themes.rows[0] // ["003_c2f82bd70c212939", "a-assignment-VI.1", null, 0, "procedures"]
 * // 002 V.1 split into its tasks a)–e) (002:87–95): five rows of tasks in place of the block
 * planTables([plan002]).tasks.rows.filter((row) => row[2] === "a-assignment-V.1").length // 5
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

function addPlan(rows: Rows, plan: Plan, position: number): void {
  const plan_id = plan.id;
  const number = plan.number;
  const unit = plan.unit;
  push(rows.plans, specs.plans, {
    plan_id,
    position,
    schema_version: plan.schemaVersion,
    title: plan.title ?? null,
    document_type: plan.documentType,
    issuer_body: plan.issuer?.body ?? null,
    issuer_level: plan.issuer?.level ?? null,
    issuer_wording: plan.issuer?.wording ?? null,
    unit_name: unit?.name ?? null,
    unit_kind: unit?.kind ?? null,
    unit_level: unit?.level ?? null,
    unit_era: unit?.era ?? null,
    unit_code_era: unit?.code?.era ?? null,
    unit_code: unit?.code?.code ?? null,
    unit_official_name: unit?.officialName ?? null,
    unit_parents: optJson(unit?.parents),
    unit_match: unit?.match ?? null,
    unit_note: unit?.note ?? null,
    period_start: plan.period?.start ?? null,
    period_end: plan.period?.end ?? null,
    period_horizon: plan.period?.horizon ?? null,
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
    escalation_given: plan.escalation !== undefined,
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
      heading: item.heading ?? null,
      text: item.text,
      ...lineCells(item.lines),
      note: item.note ?? null,
      parent_id: item.parentId ?? null,
      themes: json(item.themes),
      channels: optJson(item.channels),
    });
  });
  plan.formsItems.forEach((item, i) => {
    push(rows.forms_items, specs.forms_items, {
      plan_id,
      position: i,
      forms_item_id: item.id,
      ref: item.ref ?? null,
      heading: item.heading ?? null,
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
    addTarget(rows, plan_id, null, null, target, i);
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
  plan.escalation?.forEach((escalation, i) => {
    push(rows.escalation, specs.escalation, {
      plan_id,
      position: i,
      trigger: escalation.trigger,
      reporters: json(escalation.reporters),
      via: json(escalation.via),
      to: json(escalation.to),
      text: escalation.text ?? null,
      ...lineCells(escalation.lines),
    });
  });
  addActivities(rows, plan);
  addTasks(rows, plan);
}
