import { formatIssue, type ValidationIssue, validatePlan } from "@parcomms/core";
import type { ReadIssue } from "../ReadPlansResult";

/**
 * Why a JSON value is not a plan, as reading issues: the structural issues of
 * core's `validatePlan` (codes `structure.*`), their paths put under `prefix`
 * (the value's own pointer in the file).
 */
export function structureIssues(
  value: unknown,
  file: string,
  place: { readonly prefix: string; readonly line?: number },
): ReadIssue[] {
  const result = validatePlan(value);
  const errors = result.issues.filter((issue) => issue.severity === "error");
  return errors.map((issue) => toReadIssue(issue, file, place));
}

/** A validation issue as a reading issue of `file`, its path put under `prefix`. */
export function toReadIssue(
  issue: ValidationIssue,
  file: string,
  place: { readonly prefix: string; readonly line?: number },
): ReadIssue {
  return {
    file,
    code: issue.code,
    severity: issue.severity === "error" ? "error" : "warning",
    message: { vi: formatIssue(issue, "vi"), en: formatIssue(issue, "en") },
    ...(place.line === undefined ? {} : { line: place.line }),
    path: `${place.prefix}${issue.path}`,
  };
}
