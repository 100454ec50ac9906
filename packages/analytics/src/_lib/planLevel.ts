import type { AdministrativeLevel, Plan } from "@parcomms/core";

/**
 * The tier of government a plan belongs to: its unit's level, else its
 * issuer's (a central plan, such as one of the Bộ Nội vụ, has no unit and
 * the level "central").
 */
export function planLevel(plan: Plan): AdministrativeLevel {
  return plan.unit?.level ?? plan.issuer.level;
}
