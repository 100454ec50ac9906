import { formatIssue, Plan, type ValidationIssue, validatePlan } from "@parcomms/core";
import { makeReadIssue } from "../makeReadIssue";
import type { ReadIssue } from "../ReadPlansResult";

const PLAN_KEYS = new Set(Object.keys(Plan.shape));

/**
 * Why a JSON value is not a plan, as reading issues: one `io.not-a-plan-json`
 * when the value is an object with none of a plan's fields (some other JSON
 * file), else the structural issues of core's `validatePlan` (codes
 * `structure.*`), their paths put under `prefix` (the value's own pointer in
 * the file).
 */
export function structureIssues(
  value: unknown,
  file: string,
  place: { readonly prefix: string; readonly line?: number },
): ReadIssue[] {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    const keys = Object.keys(value);
    if (!keys.some((key) => PLAN_KEYS.has(key))) {
      const shown = keys.length === 0 ? "—" : keys.slice(0, 6).join(", ") + (keys.length > 6 ? ", …" : "");
      return [
        makeReadIssue(
          "io.not-a-plan-json",
          file,
          { keys: shown },
          {
            ...(place.line === undefined ? {} : { line: place.line }),
            path: place.prefix,
          },
        ),
      ];
    }
  }
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
