import {
  formatIssue,
  migratePlan,
  Plan,
  READABLE_SCHEMA_VERSIONS,
  type ValidationIssue,
  validatePlan,
} from "@parcomms/core";
import { makeReadIssue } from "../makeReadIssue";
import type { PlanFileFormat, ReadIssue, ReadPlan } from "../ReadPlansResult";
import { structureIssues } from "./structureIssues";

/** The schema versions a saved plan may have: 1.0 and 1.1 (migrated on reading) and the current one. */
const READABLE_VERSIONS = READABLE_SCHEMA_VERSIONS;

/** Where a JSON value sits: its file, its format, its pointer in the file and, for JSON Lines, its line. */
export interface DocumentPlace {
  readonly file: string;
  readonly format: PlanFileFormat;
  readonly prefix: string;
  readonly line?: number;
}

/**
 * One JSON value read as a plan. A plan saved in schema 1.0 is migrated
 * (core's `migratePlan`) and gives the info issue `schema.migrated`: among
 * the plan's `validation` issues with `validate` (where `validatePlan` puts
 * it), else among the reading issues. A schemaVersion no reader knows ("2.0")
 * is one `io.unknown-version` error. The plan is kept whenever the schema
 * accepts it (its document mistakes are for `validatePlan` to flag); a value
 * that is not a plan gives its structural errors instead. With `validate`,
 * the whole `validatePlan` result of the raw value is kept with the plan.
 */
export function readDocument(
  value: unknown,
  place: DocumentPlace,
  validate: boolean,
  /** Issues met before the value (a 1.0 table set's `schema.migrated`), put with the plan's. */
  earlier: readonly ValidationIssue[] = [],
): { plan?: ReadPlan; issues: ReadIssue[] } {
  const source = {
    file: place.file,
    format: place.format,
    ...(place.line === undefined ? {} : { line: place.line }),
    ...(place.format === "json" ? { path: place.prefix } : {}),
  };
  const version =
    typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as { schemaVersion?: unknown }).schemaVersion
      : undefined;
  if (typeof version === "string" && !READABLE_VERSIONS.includes(version)) {
    const issue = makeReadIssue(
      "io.unknown-version",
      place.file,
      { version, readable: READABLE_VERSIONS.join(", ") },
      { ...(place.line === undefined ? {} : { line: place.line }), path: `${place.prefix}/schemaVersion` },
    );
    return { issues: [issue] };
  }
  if (validate) {
    const result = validatePlan(value);
    if (result.plan) {
      return { plan: { plan: result.plan, source, validation: [...earlier, ...result.issues] }, issues: [] };
    }
    // Not a plan: one io.not-a-plan-json for some other JSON, else its structural errors.
    return { issues: structureIssues(value, place.file, place) };
  }
  const migrated = migratePlan(value);
  const parsed = Plan.safeParse(migrated.value);
  if (parsed.success) {
    const notes = [...earlier, ...migrated.issues].map((issue) => infoIssue(issue, place));
    return { plan: { plan: parsed.data, source }, issues: notes };
  }
  return { issues: structureIssues(value, place.file, place) };
}

/** An info issue of the plan (`schema.migrated`) as a reading issue of its file, kept as info. */
function infoIssue(issue: ValidationIssue, place: DocumentPlace): ReadIssue {
  return {
    file: place.file,
    code: issue.code,
    severity: "info",
    message: { vi: formatIssue(issue, "vi"), en: formatIssue(issue, "en") },
    ...(place.line === undefined ? {} : { line: place.line }),
    path: `${place.prefix}${issue.path}`,
  };
}
