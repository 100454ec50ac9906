import { makeIssue } from "../_lib/makeIssue";
import type { Rule } from "../_lib/Rule";

/**
 * issuer.unit-missing: the issuer sits at a tier below the centre
 * (province, district, commune) but the plan names no unit. Only a central
 * body's plan (a ministry's: issuer level "central") has no unit. Quiet
 * when the issuer or its level is absent (plan.issuer-missing,
 * issuer.level-missing).
 *
 * @example
 * // A plan of the Sở Nội vụ (issuer level "province") with its unit left out:
 * issuerUnitMissing.check(plan, context)
 * // [{ code: "issuer.unit-missing", path: "/unit", params: { level: "province" }, … }]
 */
export const issuerUnitMissing: Rule = {
  code: "issuer.unit-missing",
  check: (plan) => {
    // Without a stated tier nothing says a unit is due: plan.issuer-missing or issuer.level-missing reports it.
    const level = plan.issuer?.level;
    return plan.unit === undefined && level !== undefined && level !== "central"
      ? [makeIssue("issuer.unit-missing", "/unit", { level })]
      : [];
  },
};
