/**
 * @parcomms/formats: tabular and line formats for plans: tidy tables, CSV,
 * Apache Arrow IPC and JSON Lines, each with a lossless way back, and the
 * data dictionary.
 *
 * @packageDocumentation
 */

export { dataDictionaryMarkdown } from "./dataDictionaryMarkdown";
export { neutraliseFormula } from "./neutraliseFormula";
export { type JsonlError, type JsonlIssue, plansFromJsonl } from "./plansFromJsonl";
export { plansFromTables } from "./plansFromTables";
export { plansToJsonl } from "./plansToJsonl";
export { type PlanTableName, type PlanTables, planTableSpecs } from "./planTableSpecs";
export { planTables } from "./planTables";
export { type PlanTablesIssue, readPlanTables } from "./readPlanTables";
export type { Cell, ColumnSpec, ColumnType, Row, Table, TableSpec } from "./Table";
export { TableFormatError, type TableFormatErrorCode, type TableFormatErrorPlace } from "./TableFormatError";
export { tablesFromArrow } from "./tablesFromArrow";
export { tablesFromCsv } from "./tablesFromCsv";
export { type TablesFromParquetOptions, tablesFromParquet } from "./tablesFromParquet";
export { tablesToArrow } from "./tablesToArrow";
export { type TablesToCsvOptions, tablesToCsv } from "./tablesToCsv";
export { tablesToParquet } from "./tablesToParquet";
export { type UnitTables, unitTableSpecs } from "./unitTableSpecs";
export { unitTables } from "./unitTables";
