import { makeIssue } from "../_lib/makeIssue";
import type { Rule } from "../_lib/Rule";

/**
 * plan.title-missing: the plan has no title (a draft read from a text that
 * does not state one); the title is left out, never filled with a placeholder.
 *
 * @example
 * // A draft whose text begins at "I. MỤC ĐÍCH, YÊU CẦU":
 * planTitleMissing.check(plan, context) // [{ code: "plan.title-missing", path: "/title", … }]
 */
export const planTitleMissing: Rule = {
  code: "plan.title-missing",
  check: (plan) => (plan.title === undefined ? [makeIssue("plan.title-missing", "/title", {})] : []),
};
