import { Plan, validatePlan } from "@parcomms/core";
import type { PlanFileFormat, ReadIssue, ReadPlan } from "../ReadPlansResult";
import { structureIssues, toReadIssue } from "./structureIssues";

/** Where a JSON value sits: its file, its format, its pointer in the file and, for JSON Lines, its line. */
export interface DocumentPlace {
  readonly file: string;
  readonly format: PlanFileFormat;
  readonly prefix: string;
  readonly line?: number;
}

/**
 * One JSON value read as a plan. The plan is kept whenever the schema accepts
 * it (its document mistakes are for `validatePlan` to flag); a value that is
 * not a plan gives its structural errors instead. With `validate`, the whole
 * `validatePlan` result of the raw value is kept with the plan.
 */
export function readDocument(
  value: unknown,
  place: DocumentPlace,
  validate: boolean,
): { plan?: ReadPlan; issues: ReadIssue[] } {
  const source = {
    file: place.file,
    format: place.format,
    ...(place.line === undefined ? {} : { line: place.line }),
    ...(place.format === "json" ? { path: place.prefix } : {}),
  };
  if (validate) {
    const result = validatePlan(value);
    if (result.plan) return { plan: { plan: result.plan, source, validation: result.issues }, issues: [] };
    const errors = result.issues.filter((issue) => issue.severity === "error");
    return { issues: errors.map((issue) => toReadIssue(issue, place.file, place)) };
  }
  const parsed = Plan.safeParse(value);
  if (parsed.success) return { plan: { plan: parsed.data, source }, issues: [] };
  return { issues: structureIssues(value, place.file, place) };
}
