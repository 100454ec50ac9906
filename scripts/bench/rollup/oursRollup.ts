import {
  groupPlans,
  type Plan,
  type RollupHierarchy,
  rollupHierarchy,
  themeChannelMatrix,
} from "@parcomms/core";
import { crosstabKey, type NationalRollup } from "./NationalRollup";

/** What the core functions return for the national rollup, before it is put in the comparable shape. */
export interface OursRaw {
  readonly crosstab: Map<string, number>;
  readonly hierarchy: RollupHierarchy;
}

/**
 * The national rollup with our core functions, as a user would write it: `groupPlans(plans, "province")`,
 * `themeChannelMatrix(plan, { level: "top" })` for each plan added up per province, and
 * `rollupHierarchy(plans)` with its defaults.
 *
 * @example
 * oursRollup(generateNationalDataset({ era: "three-tier", seed: 1, size: "small" }).plans).hierarchy.roots.length // 2
 */
export function oursRollup(plans: readonly Plan[]): OursRaw {
  const crosstab = new Map<string, number>();
  for (const group of groupPlans(plans, "province")) {
    for (const plan of group.plans) {
      for (const cell of themeChannelMatrix(plan, { level: "top" }).cells) {
        const key = crosstabKey(group.key, cell.theme, cell.channel);
        crosstab.set(key, (crosstab.get(key) ?? 0) + cell.activities.length);
      }
    }
  }
  return { crosstab, hierarchy: rollupHierarchy(plans) };
}

/**
 * Puts our result in the shape every implementation is compared in (the `total` of each node).
 *
 * @example
 * oursToRollup(oursRollup(plans)).nodes.get("tinh:bac kan")?.plans
 */
export function oursToRollup(raw: OursRaw): NationalRollup {
  const nodes = new Map(
    raw.hierarchy.nodes.map((n) => [
      n.id,
      {
        plans: n.total.plans,
        units: n.total.units,
        activities: n.total.activities,
        themes: n.total.themeCoverage.map((s) => s.units),
        channels: n.total.channelCoverage.map((s) => s.units),
      },
    ]),
  );
  return { crosstab: raw.crosstab, nodes };
}
