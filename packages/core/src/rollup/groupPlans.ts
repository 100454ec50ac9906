import { LEVEL_RANK } from "../model/LEVEL_RANK";
import type { Plan } from "../model/Plan";
import { planLevel } from "../model/planTier";
import { NONE } from "./_lib/NONE";
import { type UnitIds, unitIds } from "./_lib/unitIds";
import { unitlessNode } from "./_lib/unitlessNode";
import { kindLevel, stepLabel, unitSteps } from "./_lib/unitPath";

/** What {@link groupPlans} groups by. */
export type GroupPlansBy = "unit" | "level" | "province" | "era";

/** One group of plans. */
export interface PlanGroup {
  /**
   * The group's key: for "unit", the unit's path of kinds and folded names from
   * the top ("tinh:quang ngai/huyen:son tay/xa:son mau"); for "province", the
   * province's kind and folded name ("tinh:quang ngai"), or "(none)" when the
   * plan names no unit at province level; for "level" and "era", the code.
   */
  readonly key: string;
  /** How the group is shown: "xã Sơn Mầu", "tỉnh Quảng Ngãi", "commune", "three-tier". */
  readonly label: string;
  /** The plans of the group, in input order. */
  readonly plans: Plan[];
}

/**
 * Groups plans by their issuing unit, its administrative level, its province,
 * or its era (three-tier until 30 June 2025, two-tier after).
 *
 * Units are matched by kind and name, folded so that spellings differing only
 * in marks agree ("Sơn Mầu"/"Sơn Màu"), along their named parents, so a unit
 * not found in the official lists (003) still groups. Units of the input with
 * different official codes are never merged: where their names fold alike
 * (xã Minh Quán 04516, xã Minh Quân 04567), their keys keep the marks
 * ("…/xa:minh quán", "…/xa:minh quân"), and the code too if the spelling is
 * the same. The province is the
 * unit itself at province level, else the parent at province level the plan
 * names (UnitRef.parents). Groups come in a fixed order: levels from the
 * top down, eras in time order, units and provinces by key, "(none)" last.
 *
 * A plan with no unit is never dropped. A central body's plan (Bộ Nội vụ:
 * issuer level "central") groups under "central" by level and under the
 * "central" unit ("trung ương"); by province and by era it is "(none)". Any
 * other plan without a unit (flagged by issuer.unit-missing) groups by its
 * issuer's level, and under "(none)" otherwise. A draft whose tier the text
 * does not state (no unit, and no issuer or an issuer without a level:
 * issuer.level-missing) groups under "(none)" by level too, last.
 *
 * @param plans - the plans
 * @param by - "unit", "level", "province" or "era"
 * @returns the groups with their plans
 * @example
 * groupPlans([plan000, plan001, plan002, plan003, plan004], "level").map((g) => [g.key, g.plans.length])
 * // [["province", 1], ["district", 1], ["commune", 3]]
 */
export function groupPlans(plans: readonly Plan[], by: GroupPlansBy): PlanGroup[] {
  const groups = new Map<string, PlanGroup>();
  const ids = by === "unit" || by === "province" ? unitIds(plans) : undefined;
  for (const plan of plans) {
    const { key, label } = keyOf(plan, by, ids);
    const group = groups.get(key) ?? { key, label, plans: [] };
    group.plans.push(plan);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => compareKeys(by, a.key, b.key));
}

function keyOf(plan: Plan, by: GroupPlansBy, ids: UnitIds | undefined): { key: string; label: string } {
  switch (by) {
    case "level": {
      const level = planLevel(plan) ?? NONE;
      return { key: level, label: level };
    }
    case "era":
      return plan.unit ? { key: plan.unit.era, label: plan.unit.era } : { key: NONE, label: NONE };
  }
  if (!plan.unit) {
    if (by === "province") return { key: NONE, label: NONE };
    const { id, label } = unitlessNode(plan);
    return { key: id, label };
  }
  switch (by) {
    case "unit": {
      const key = (ids as UnitIds)(unitSteps(plan.unit), plan.unit.code).join("/");
      return { key, label: stepLabel({ kind: plan.unit.kind, name: plan.unit.name }) };
    }
    case "province": {
      const steps = unitSteps(plan.unit);
      const at = steps.findIndex((s) => kindLevel(s.kind) === "province");
      const province = steps[at];
      if (!province) return { key: NONE, label: NONE };
      // Only the steps down to the province: the unit's own code belongs to the last step.
      const key = (ids as UnitIds)(
        steps.slice(0, at + 1),
        at === steps.length - 1 ? plan.unit.code : undefined,
      )[at] as string;
      return { key, label: stepLabel(province) };
    }
  }
}

const ERA_ORDER: Readonly<Record<string, number>> = { "three-tier": 0, "two-tier": 1 };

function compareKeys(by: GroupPlansBy, a: string, b: string): number {
  if (by === "level") {
    return (
      (LEVEL_RANK[b as keyof typeof LEVEL_RANK] ?? -1) - (LEVEL_RANK[a as keyof typeof LEVEL_RANK] ?? -1)
    );
  }
  if (by === "era") return (ERA_ORDER[a] ?? 2) - (ERA_ORDER[b] ?? 2);
  if (a === NONE || b === NONE) return a === NONE ? (b === NONE ? 0 : 1) : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}
