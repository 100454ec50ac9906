import { makeIssue } from "../_lib/makeIssue";
import type { Rule } from "../_lib/Rule";

/**
 * plan.period-missing: the plan has no period (the text states no year it
 * covers); no year is guessed, and time measures leave the plan out.
 *
 * @example
 * // A draft with no year in its title nor a time section:
 * planPeriodMissing.check(plan, context) // [{ code: "plan.period-missing", path: "/period", … }]
 */
export const planPeriodMissing: Rule = {
  code: "plan.period-missing",
  check: (plan) => (plan.period === undefined ? [makeIssue("plan.period-missing", "/period", {})] : []),
};
