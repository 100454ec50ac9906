import { compareIssues } from "./_lib/compareIssues";
import type { IssueSeverity, ValidationIssue } from "./ValidationIssue";

/** The issues of one code: one message, N places. */
export interface IssueGroup {
  readonly code: string;
  /** The severity of the code's issues (the most serious, should they differ). */
  readonly severity: IssueSeverity;
  /** Number of issues. */
  readonly count: number;
  /** Every path the code was reported at, each once, in order. */
  readonly paths: string[];
  /** The issues themselves, with the params of each place. */
  readonly issues: ValidationIssue[];
}

const RANK: Readonly<Record<IssueSeverity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * Groups issues by code, "one message, N places", as the IATI validator and
 * OCDS lib-cove report: errors first, then warnings, then notes, each by code.
 *
 * @param issues - issues from validatePlan
 * @returns one group per code
 * @example
 * groupIssues(validatePlan(plan).issues)
 * // [{ code: "reference.unknown-theme", severity: "error", count: 2, paths: ["/activities/0/themes/1", "/contentItems/3/themes/0"], issues: [ … ] }, …]
 */
export function groupIssues(issues: readonly ValidationIssue[]): IssueGroup[] {
  const byCode = new Map<string, ValidationIssue[]>();
  for (const issue of [...issues].sort(compareIssues)) {
    const list = byCode.get(issue.code);
    if (list) list.push(issue);
    else byCode.set(issue.code, [issue]);
  }
  return [...byCode.entries()]
    .map(([code, list]) => ({
      code,
      severity: list.reduce<IssueSeverity>((s, i) => (RANK[i.severity] < RANK[s] ? i.severity : s), "info"),
      count: list.length,
      paths: [...new Set(list.map((i) => i.path))],
      issues: list,
    }))
    .sort((a, b) => RANK[a.severity] - RANK[b.severity] || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
