import { makeIssue } from "../_lib/makeIssue";
import { formatPartialDate } from "../_lib/partialDates";
import type { Rule } from "../_lib/Rule";

/**
 * header.issue-day-not-stated: the issue date is there but without a day.
 *
 * @example
 * // 001:5 "TP. Bắc Giang, ngày tháng 01 năm 2024":
 * headerIssueDayNotStated.check(plan, context)
 * // [{ code: "header.issue-day-not-stated", path: "/issueDate", params: { date: "2024-01" }, … }]
 */
export const headerIssueDayNotStated: Rule = {
  code: "header.issue-day-not-stated",
  check: (plan) =>
    plan.issueDate && plan.issueDate.day === undefined
      ? [makeIssue("header.issue-day-not-stated", "/issueDate", { date: formatPartialDate(plan.issueDate) })]
      : [],
};
