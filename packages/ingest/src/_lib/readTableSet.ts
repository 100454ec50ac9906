import {
  type PlanTables,
  type PlanTablesIssue,
  planTableSpecs,
  readPlanTables,
  TableFormatError,
  tablesFromArrow,
  tablesFromCsv,
  tablesFromParquet,
} from "@parcomms/formats";
import { formatBytes, LIMIT_LABELS } from "../documents/limits/_lib/limitLabels";
import { makeReadIssue } from "../makeReadIssue";
import type { ReadIssue, ReadPlan } from "../ReadPlansResult";
import { baseName } from "./fileName";
import { readDocument } from "./readDocument";

/** The files of one folder's tables, by the names the user gave. */
export interface TableSetInput {
  readonly format: "csv" | "arrow" | "parquet";
  readonly folder: string;
  readonly files: readonly { readonly name: string; readonly bytes: Uint8Array; readonly text?: string }[];
}

const tableFiles = (extension: string) => Object.values(planTableSpecs).map((s) => `${s.name}${extension}`);

/**
 * Plans of one folder's CSV, Arrow or Parquet tables (@parcomms/formats):
 * the tables read with `tablesFromCsv` / `tablesFromArrow` / `tablesFromParquet` and put together
 * with `readPlanTables`. Those stop at the first problem, which becomes one
 * issue with its file, line and column; a file that is not a plan table is
 * skipped with a warning. Tables saved in schema 1.0 are read and each plan
 * migrated, with its info issue `schema.migrated` (among the plan's
 * validation issues with `validate`, else among the reading issues).
 * A Parquet file whose pages would inflate past `maxInflatedBytes` gives
 * `ingest.inflated-too-large`, as a .docx zip bomb does.
 */
export function readTableSet(
  set: TableSetInput,
  validate: boolean,
  maxInflatedBytes: number,
): { plans: ReadPlan[]; issues: ReadIssue[] } {
  const extension = `.${set.format}`;
  const known = new Set(tableFiles(extension));
  const issues: ReadIssue[] = [];
  const text: Record<string, string> = {};
  const bytes: Record<string, Uint8Array> = {};
  for (const file of set.files) {
    const base = baseName(file.name);
    if (!known.has(base)) {
      issues.push(
        makeReadIssue("io.unknown-table", file.name, { expected: [...known].join(", ") }, {}, "warning"),
      );
      continue;
    }
    text[base] = file.text ?? "";
    bytes[base] = file.bytes;
  }
  const at = (base: string) => (set.folder === "" ? base : `${set.folder}/${base}`);
  let tables: PlanTables;
  let plans: ReturnType<typeof readPlanTables>["plans"];
  let migrated: PlanTablesIssue[];
  try {
    tables =
      set.format === "csv"
        ? tablesFromCsv(text)
        : set.format === "parquet"
          ? tablesFromParquet(bytes, undefined, { maxInflatedBytes })
          : tablesFromArrow(bytes);
    ({ plans, issues: migrated } = readPlanTables(tables));
  } catch (error) {
    if (!(error instanceof TableFormatError)) {
      const detail = error instanceof Error ? error.message : String(error);
      issues.push(makeReadIssue("table.bad-file", at(`plans${extension}`), { detail }));
      return { plans: [], issues };
    }
    const file = error.file.includes(".") ? error.file : `${error.file}${extension}`;
    if (error.code === "table.inflated-too-large") {
      const params = {
        size: formatBytes(error.size ?? 0),
        limit: formatBytes(error.limit ?? maxInflatedBytes),
        format: LIMIT_LABELS[set.format],
      };
      issues.push(makeReadIssue("ingest.inflated-too-large", at(file), params));
      return { plans: [], issues };
    }
    const detail = error.message.split(": ").slice(2).join(": ");
    const place = {
      ...(error.line === undefined ? {} : { line: error.line }),
      ...(error.column === undefined ? {} : { column: error.column }),
    };
    issues.push(makeReadIssue(error.code, at(file), { detail, file, column: error.column ?? "" }, place));
    return { plans: [], issues };
  }
  const read: ReadPlan[] = [];
  for (const plan of plans) {
    const earlier = migrated
      .filter((issue) => issue.planId === plan.id)
      .map(({ planId: _planId, ...issue }) => issue);
    const one = readDocument(
      plan,
      { file: at(`plans${extension}`), format: set.format, prefix: "" },
      validate,
      earlier,
    );
    if (one.plan) read.push(one.plan);
    for (const item of one.issues) issues.push(item);
  }
  return { plans: read, issues };
}
