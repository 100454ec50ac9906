import { makeIssue } from "../_lib/makeIssue";
import type { Rule } from "../_lib/Rule";

/**
 * issuer.level-missing: the issuing body is known but not its tier
 * ("ỦY BAN NHÂN DÂN" over a unit line that could not be read). Quiet when
 * the plan has no issuer at all: plan.issuer-missing says so.
 *
 * @example
 * // issuer { body: "people-committee", wording: "Ủy ban nhân dân" }:
 * issuerLevelMissing.check(plan, context) // [{ code: "issuer.level-missing", path: "/issuer/level", … }]
 */
export const issuerLevelMissing: Rule = {
  code: "issuer.level-missing",
  check: (plan) =>
    plan.issuer !== undefined && plan.issuer.level === undefined
      ? [makeIssue("issuer.level-missing", "/issuer/level", {})]
      : [],
};
