import { LEVEL_RANK } from "../../model/LEVEL_RANK";
import { planLevel } from "../../model/planTier";
import { levelFromIssuer } from "../_lib/levelFromIssuer";
import { makeIssue } from "../_lib/makeIssue";
import type { Rule } from "../_lib/Rule";

/**
 * parent.level-not-higher: the parent plan is not issued by a higher tier
 * than the plan. The parent's level comes from options.parent, or else from
 * the issuer of each reference with role parent-plan ("UBND huyện Sơn Tây" →
 * district). The plan's level is its unit's, or its issuer's when it has no
 * unit; a plan of neither (a draft) is passed over. A department or office (Sở Nội vụ, Phòng Nội vụ) carries out its own
 * tier's plan, so for such an issuer a parent at the same tier is higher
 * enough: only a lower one is reported.
 *
 * @example
 * // A district plan whose parent-plan reference is issued by another district:
 * parentLevelNotHigher.check(plan, context)
 * // [{ code: "parent.level-not-higher", path: "/references/0/issuer", params: { level: "district", parentLevel: "district", source: "reference" }, … }]
 */
export const parentLevelNotHigher: Rule = {
  code: "parent.level-not-higher",
  check: (plan, { parent }) => {
    const level = planLevel(plan);
    // A plan of no known tier cannot be compared: issuer.level-missing or plan.issuer-missing says why.
    if (level === undefined) return [];
    const sameTierAllowed = plan.issuer?.body === "department" || plan.issuer?.body === "office";
    const higher = (other: keyof typeof LEVEL_RANK) =>
      sameTierAllowed ? LEVEL_RANK[other] >= LEVEL_RANK[level] : LEVEL_RANK[other] > LEVEL_RANK[level];
    const path = plan.unit ? "/unit/level" : "/issuer/level";
    if (parent?.level) {
      return higher(parent.level)
        ? []
        : [
            makeIssue("parent.level-not-higher", path, {
              level,
              parentLevel: parent.level,
              source: "parent",
            }),
          ];
    }
    return plan.references.flatMap((reference, i) => {
      const parentLevel =
        reference.role === "parent-plan" && reference.issuer ? levelFromIssuer(reference.issuer) : undefined;
      if (!parentLevel || higher(parentLevel)) return [];
      return [
        makeIssue("parent.level-not-higher", `/references/${i}/issuer`, {
          level,
          parentLevel,
          source: "reference",
        }),
      ];
    });
  },
};
