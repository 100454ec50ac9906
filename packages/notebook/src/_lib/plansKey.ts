import type { Plan } from "@parcomms/core";

const ids = new WeakMap<Plan, number>();
let next = 1;

/**
 * A key that names these plan objects, in this order: the same objects give the
 * same key, and a different object (a file read again under the same plan id)
 * a different one. Sections use it to skip redrawing when their inputs did not change.
 *
 * @param plans - the plans
 * @returns the key
 * @example
 * plansKey([plan000, plan003]) === plansKey([plan000, plan003]) // true
 * plansKey([{ ...plan000 }]) === plansKey([plan000]) // false
 */
export function plansKey(plans: readonly Plan[]): string {
  return plans
    .map((plan) => {
      let id = ids.get(plan);
      if (id === undefined) {
        id = next++;
        ids.set(plan, id);
      }
      return id;
    })
    .join(",");
}
