import { makeIssue } from "../_lib/makeIssue";
import type { Rule } from "../_lib/Rule";

/**
 * header.issue-date-absent: the text has no issue date at all.
 *
 * @example
 * // 000 and 002 have no "…, ngày … tháng … năm …" line:
 * headerIssueDateAbsent.check(plan, context) // [{ code: "header.issue-date-absent", path: "/issueDate", … }]
 */
export const headerIssueDateAbsent: Rule = {
  code: "header.issue-date-absent",
  check: (plan) =>
    plan.issueDate === undefined ? [makeIssue("header.issue-date-absent", "/issueDate", {})] : [],
};
