import { makeIssue } from "../_lib/makeIssue";
import type { Rule } from "../_lib/Rule";

/**
 * issuer.level-differs: the issuer's tier is not the tier of the plan's
 * unit. The issuer governs or belongs to the unit, so the two are the same
 * tier (a Sở Nội vụ is "province" under its province).
 *
 * @example
 * // xã Gia Tân's plan (003) with an issuer at district level:
 * issuerLevelDiffers.check(plan, context)
 * // [{ code: "issuer.level-differs", path: "/issuer/level", params: { level: "district", unitLevel: "commune" }, … }]
 */
export const issuerLevelDiffers: Rule = {
  code: "issuer.level-differs",
  check: (plan) =>
    plan.unit !== undefined && plan.unit.level !== plan.issuer.level
      ? [
          makeIssue("issuer.level-differs", "/issuer/level", {
            level: plan.issuer.level,
            unitLevel: plan.unit.level,
          }),
        ]
      : [],
};
