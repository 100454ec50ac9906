import { makeIssue } from "../_lib/makeIssue";
import { comparePartialDates, formatPartialDate } from "../_lib/partialDates";
import type { Rule } from "../_lib/Rule";

/**
 * parent.issued-after-child: the parent plan is dated after the plan's issue
 * date, compared at the precision both dates have. The parent's date comes
 * from options.parent, or else from each reference with role parent-plan.
 *
 * @example
 * // 003 cites 13/KH-UBND of 26/01/2024 (l.4) and is dated 05/02/2024 (l.289): in order, no issue.
 * parentIssuedAfterChild.check(plan, context) // []
 */
export const parentIssuedAfterChild: Rule = {
  code: "parent.issued-after-child",
  check: (plan, { parent }) => {
    const child = plan.issueDate;
    if (!child) return [];
    const childDate = formatPartialDate(child);
    if (parent?.issueDate) {
      if (comparePartialDates(parent.issueDate, child) <= 0) return [];
      const parentDate = formatPartialDate(parent.issueDate);
      return [
        makeIssue("parent.issued-after-child", "/issueDate", { parentDate, childDate, source: "parent" }),
      ];
    }
    return plan.references.flatMap((reference, i) => {
      if (reference.role !== "parent-plan" || !reference.date) return [];
      if (comparePartialDates(reference.date, child) <= 0) return [];
      const parentDate = formatPartialDate(reference.date);
      return [
        makeIssue("parent.issued-after-child", `/references/${i}/date`, {
          parentDate,
          childDate,
          source: "reference",
        }),
      ];
    });
  },
};
