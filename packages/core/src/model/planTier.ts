import type { AdministrativeLevel } from "./AdministrativeLevel";
import { type Era, eraOn } from "./Era";
import type { Plan } from "./Plan";

/**
 * The tier of government a plan belongs to: its unit's level, else its
 * issuer's (a central plan, such as one of the Bộ Nội vụ, has no unit and
 * the level "central").
 *
 * @example
 * planLevel(plan000) // "commune"
 */
export function planLevel(plan: Pick<Plan, "unit" | "issuer">): AdministrativeLevel {
  return plan.unit?.level ?? plan.issuer.level;
}

/**
 * The era of local government a plan belongs to: its unit's, else (a central
 * plan, with no unit) the era in force on the first day of its period.
 *
 * @example
 * planEra(plan004) // "two-tier"
 */
export function planEra(plan: Pick<Plan, "unit" | "period">): Era {
  return plan.unit?.era ?? eraOn(`${plan.period.start.slice(0, 4)}-01-01`);
}
