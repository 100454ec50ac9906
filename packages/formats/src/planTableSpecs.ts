import { typedPlanTableSpecs } from "./_lib/typedPlanTableSpecs";
import type { Table, TableSpec } from "./Table";

/** Name of a plan table, which is also its file name without the extension. */
export type PlanTableName = keyof typeof typedPlanTableSpecs;

/** The tidy tables of a list of plans, by table name. */
export type PlanTables = Record<PlanTableName, Table>;

/**
 * The specs (name, description, columns) of the tidy plan tables (bảng dữ
 * liệu kế hoạch), in file order: plans, content_items, forms_items,
 * activities, subtasks, activity_themes, activity_channels,
 * activity_audiences, offices, assignee_groups, activity_offices, targets,
 * references, escalation, and the derived, read-only tasks. A spec's
 * `since` marks a table or column added in schema 1.1, `derived` the
 * table readers ignore.
 *
 * @example
 * planTableSpecs.activity_themes.columns.map((c) => c.name)
 * // ["plan_id", "activity_id", "subtask_id", "position", "theme_code"]
 */
export const planTableSpecs: Readonly<Record<PlanTableName, TableSpec>> = typedPlanTableSpecs;
