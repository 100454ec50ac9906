import type { AdministrativeLevel } from "./AdministrativeLevel";
import { type Era, eraOn } from "./Era";
import type { Plan } from "./Plan";

/**
 * The tier of government a plan belongs to: its unit's level, else its
 * issuer's (a central plan, such as one of the Bộ Nội vụ, has no unit and
 * the level "central"); undefined when neither says (a draft whose header
 * names no unit and no tier): no tier is guessed.
 *
 * @example
 * planLevel(plan000) // "commune"
 * planLevel({ issuer: { body: "people-committee" } }) // undefined
 */
export function planLevel(plan: Pick<Plan, "unit" | "issuer">): AdministrativeLevel | undefined {
  return plan.unit?.level ?? plan.issuer?.level;
}

/**
 * The era of local government a plan belongs to: its unit's, else (a central
 * plan, with no unit) the era in force on the first day of its period;
 * undefined when the plan has neither a unit nor a period.
 *
 * @example
 * planEra(plan004) // "two-tier"
 * planEra({}) // undefined
 */
export function planEra(plan: Pick<Plan, "unit" | "period">): Era | undefined {
  if (plan.unit) return plan.unit.era;
  return plan.period ? eraOn(`${plan.period.start.slice(0, 4)}-01-01`) : undefined;
}
