import type { PlanEntry } from "./PlanEntry";

/** Most peers per group of comparable units (by level, and province below it). */
export const MAX_PEERS = 400;

/**
 * The plans the chosen ones are compared with for peer gaps: every real and
 * own plan when any of those is chosen; for a chosen synthetic plan, the
 * synthetic plans of its era and level (and of its province below the
 * province level), at most {@link MAX_PEERS} per group, in the open order.
 *
 * @param selected - the chosen plans' entries
 * @param entries - entries of everything open, in the picker's order
 * @returns the peers' plan ids, each once, in the order found
 * @example
 * peerIds([entryOfPlan(plan000, "real")], realPlans.map((p) => entryOfPlan(p, "real")))
 * // ["000_34833a3694ee8a96", "001_ec564b67ad28c11a", "002_9c9d59d1a9d0f229", "003_c2f82bd70c212939", "004_f3b844502d811123"]
 */
export function peerIds(selected: readonly PlanEntry[], entries: readonly PlanEntry[]): string[] {
  const ids = new Set<string>();
  const groups = new Set<string>();
  for (const e of selected) {
    const key =
      e.origin !== "synthetic"
        ? "local"
        : `${e.era}|${e.level}|${e.level === "province" ? "" : e.provinceKey}`;
    if (groups.has(key)) continue;
    groups.add(key);
    const members =
      key === "local"
        ? entries.filter((x) => x.origin !== "synthetic")
        : entries.filter(
            (x) =>
              x.origin === "synthetic" &&
              x.era === e.era &&
              x.level === e.level &&
              (e.level === "province" || x.provinceKey === e.provinceKey),
          );
    for (const m of members.slice(0, MAX_PEERS)) ids.add(m.id);
  }
  return [...ids];
}
