import { makeIssue } from "../_lib/makeIssue";
import type { Rule } from "../_lib/Rule";

/**
 * issuer.level-differs: the issuer's tier is not the tier of the plan's
 * unit. The issuer governs or belongs to the unit, so the two are the same
 * tier (a Sở Nội vụ is "province" under its province). Quiet when the
 * issuer or its level is absent (plan.issuer-missing, issuer.level-missing).
 *
 * @example
 * // xã Gia Tân's plan (003) with an issuer at district level:
 * issuerLevelDiffers.check(plan, context)
 * // [{ code: "issuer.level-differs", path: "/issuer/level", params: { level: "district", unitLevel: "commune" }, … }]
 */
export const issuerLevelDiffers: Rule = {
  code: "issuer.level-differs",
  check: (plan) => {
    // An issuer or a level the text does not state is reported by plan.issuer-missing or issuer.level-missing.
    const level = plan.issuer?.level;
    return plan.unit !== undefined && level !== undefined && plan.unit.level !== level
      ? [makeIssue("issuer.level-differs", "/issuer/level", { level, unitLevel: plan.unit.level })]
      : [];
  },
};
