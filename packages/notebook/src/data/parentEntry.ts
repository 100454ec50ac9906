import type { PlanEntry } from "./PlanEntry";

/**
 * The plan of the unit directly above a plan's unit, among the open plans: the
 * entry whose `groupPlans` unit path is the child's path without its last step,
 * of the same era and year (a synthetic commune → its district; 003 xã Gia Tân
 * → huyện Gia Lộc, when such a plan is open).
 *
 * @param child - the child plan's entry
 * @param entries - the open plans
 * @returns the parent plan's entry, or undefined
 * @example
 * parentEntry(entryOf003, entries)?.unit // "huyện Gia Lộc" when a plan of it is open
 */
export function parentEntry(child: PlanEntry, entries: readonly PlanEntry[]): PlanEntry | undefined {
  const cut = child.unitKey.lastIndexOf("/");
  if (cut < 0) return undefined;
  const key = child.unitKey.slice(0, cut);
  return entries.find(
    (e) => e.unitKey === key && e.era === child.era && e.year === child.year && e.id !== child.id,
  );
}
