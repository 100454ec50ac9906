import { mostFrequentCadence } from "../../_lib/mostFrequentCadence";
import { makeIssue } from "../_lib/makeIssue";
import type { Rule } from "../_lib/Rule";

/**
 * reporting.less-often-than-parent: with options.parent, the plan's most
 * frequent reporting cadence gives fewer reports a year than the most
 * frequent the parent requires (its childPlanRequirements.reporting, else its
 * own reporting). Cadences without a rate are not compared.
 *
 * @example
 * // 003:249 "Định kỳ hàng quý, 6 tháng, một năm" against a parent requiring monthly reports:
 * reportingLessOftenThanParent.check(plan, context)
 * // [{ code: "reporting.less-often-than-parent", params: { cadence: "quarterly", perYear: 4, parentCadence: "monthly", parentPerYear: 12 }, … }]
 */
export const reportingLessOftenThanParent: Rule = {
  code: "reporting.less-often-than-parent",
  check: (plan, { parent }) => {
    const required = mostFrequentCadence(parent?.requiredReporting ?? parent?.ownReporting ?? []);
    if (!required) return [];
    const sites = plan.reporting.flatMap((r, i) =>
      r.cadences.map((cadence, j) => ({ cadence, path: `/reporting/${i}/cadences/${j}` })),
    );
    const own = mostFrequentCadence(sites.map((s) => s.cadence));
    if (!own || own.perYear >= required.perYear) return [];
    const path = sites.find((s) => s.cadence === own.cadence)?.path ?? "/reporting";
    return [
      makeIssue("reporting.less-often-than-parent", path, {
        cadence: own.cadence,
        perYear: own.perYear,
        parentCadence: required.cadence,
        parentPerYear: required.perYear,
      }),
    ];
  },
};
