import { makeIssue } from "../_lib/makeIssue";
import type { Rule } from "../_lib/Rule";

/**
 * reference.unknown-unit: with options.unitExists, a unit code of the plan
 * that the lookup does not know in its era.
 *
 * @example
 * referenceUnknownUnit.check(plan, { parent: undefined, unitExists: () => false })
 * // [{ code: "reference.unknown-unit", path: "/unit/code", params: { code: "…", era: "three-tier" }, … }]
 */
export const referenceUnknownUnit: Rule = {
  code: "reference.unknown-unit",
  check: (plan, { unitExists }) => {
    const code = plan.unit?.code;
    if (!unitExists || !code || unitExists(code)) return [];
    return [makeIssue("reference.unknown-unit", "/unit/code", { code: code.code, era: code.era })];
  },
};
