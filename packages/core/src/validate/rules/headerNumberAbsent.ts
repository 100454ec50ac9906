import { makeIssue } from "../_lib/makeIssue";
import type { Rule } from "../_lib/Rule";

/**
 * header.number-absent: the text has no number at all, not even a blank
 * slot (`number` is absent).
 *
 * @example
 * // 000 and 002 start at their title, below the header:
 * headerNumberAbsent.check(plan, context) // [{ code: "header.number-absent", path: "/number", … }]
 */
export const headerNumberAbsent: Rule = {
  code: "header.number-absent",
  check: (plan) => (plan.number === undefined ? [makeIssue("header.number-absent", "/number", {})] : []),
};
