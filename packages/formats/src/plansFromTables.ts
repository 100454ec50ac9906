import type { Plan } from "@parcomms/core";
import type { PlanTables } from "./planTableSpecs";
import { readPlanTables } from "./readPlanTables";

/**
 * Plans rebuilt from their tidy tables: the exact inverse of
 * {@link planTables}, so `plansFromTables(planTables(plans))` deep-equals
 * `plans`. Rows are ordered by `position` (plans among plans, items within
 * their plan or activity), not by their order in the table; columns are
 * found by name and extra columns are ignored. Derived columns
 * (`timeframe_kind`, `assignee_type`) and the derived `tasks` table are not
 * read back.
 *
 * Tables saved in schema 1.0 (no `subtasks` or `escalation` file, no
 * `issuer_level` column…) are read as 1.0 and each plan migrated with core's
 * `migratePlan`, as are tables saved in 1.1; {@link readPlanTables} also
 * returns its `schema.migrated` issue. The new files and columns may be absent only when every plan of
 * the set is of 1.0.
 *
 * @param tables - the tables by name, as {@link planTables}, {@link tablesFromCsv} or {@link tablesFromArrow} return them
 * @returns the plans in the current schema, each checked against the Plan schema
 * @throws {TableFormatError} `table.missing-file`, `table.missing-column`,
 *   `table.bad-row`, `table.bad-cell` (a cell of the wrong type, an unknown
 *   enum value, broken JSON), `table.duplicate-key`, `table.orphan-row` (a
 *   row whose plan, activity or sub-task is not in its parent table),
 *   `table.unknown-version` (a schema_version other than 1.0, 1.1 and 1.2) or
 *   `table.invalid-plan` (a rebuilt plan that fails the schema)
 * @example
 * plansFromTables(planTables([plan003]))[0]?.activities.length // 17
 */
export function plansFromTables(tables: PlanTables): Plan[] {
  return readPlanTables(tables).plans;
}
