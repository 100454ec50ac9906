import * as analytics from "@parcomms/analytics";
import { groupPlans, type Plan } from "@parcomms/core";
import type { Benchmark, Measurement, Ratio } from "./_lib/Benchmark";

/** Each call under a second. */
const GOAL_MS = 1000;

type PlansFunction = (plans: readonly Plan[], options?: unknown) => unknown;

/** An analytics export when it is a function, else undefined (it may not be written yet). */
function exported(name: string): PlansFunction | undefined {
  const value = (analytics as Record<string, unknown>)[name];
  return typeof value === "function" ? (value as PlansFunction) : undefined;
}

/**
 * `compareUnits` and `coverageGaps` from `@parcomms/analytics` for the 63 provinces, the two ways a user
 * would call them: (1) one call over the 63 province-level plans (the provinces side by side; each
 * province's peers are the other provinces), and (2) one call per province over the plans of its units,
 * 63 calls (a provincial Department of Home Affairs looking at its own districts and communes) — for
 * `compareUnits` the province's district-level plans (about a dozen columns), for `coverageGaps` every
 * plan in the province, its peers being the other units of the province.
 */
export const analyticsBench: Benchmark = {
  id: "analytics",
  title: "compareUnits and coverageGaps for the 63 provinces",
  async run({ dataset, reps, measure, phase }) {
    const { plans } = dataset();
    const provincePlans = plans.filter((p) => p.unit?.level === "province");
    const byProvince = groupPlans(plans, "province");
    const measurements: Measurement[] = [];
    const ratios: Ratio[] = [];
    const notes: string[] = [];
    const goal = (name: string, ms: number) =>
      ratios.push({ name: `${name} / 1 s`, value: ms / GOAL_MS, goal: "≤ 1×", met: ms <= GOAL_MS });

    const compareUnits = exported("compareUnits");
    if (compareUnits) {
      const one = await measure("compareUnits", reps.fast, () => compareUnits(provincePlans));
      measurements.push({
        name: "compareUnits, 63 province plans in one call",
        timing: one.timing,
        items: { count: provincePlans.length, unit: "plans" },
      });
      goal("compareUnits (63 provinces)", one.timing.medianMs);
      const districts = byProvince.map((g) => g.plans.filter((p) => p.unit?.level === "district"));
      const per = await measure("compareUnits per province", reps.fast, () =>
        districts.map((d) => compareUnits(d)),
      );
      measurements.push({
        name: "compareUnits, each province's districts (63 calls, total)",
        timing: per.timing,
        items: { count: byProvince.length, unit: "calls" },
      });
      goal("compareUnits per province (all 63 calls)", per.timing.medianMs);
      phase("analytics: compareUnits");
    } else notes.push("compareUnits is not exported by @parcomms/analytics yet: not measured");

    const coverageGaps = exported("coverageGaps");
    if (coverageGaps) {
      const one = await measure("coverageGaps", reps.fast, () => coverageGaps(provincePlans));
      measurements.push({
        name: "coverageGaps, 63 province plans in one call",
        timing: one.timing,
        items: { count: provincePlans.length, unit: "plans" },
      });
      goal("coverageGaps (63 provinces)", one.timing.medianMs);
      const per = await measure("coverageGaps per province", reps.fast, () =>
        byProvince.map((g) => coverageGaps(g.plans)),
      );
      measurements.push({
        name: "coverageGaps, each province's units (63 calls, total)",
        timing: per.timing,
        items: { count: plans.length, unit: "plans" },
      });
      goal("coverageGaps per province (all 63 calls)", per.timing.medianMs);
      phase("analytics: coverageGaps");
    } else notes.push("coverageGaps is not exported by @parcomms/analytics yet: not measured");

    notes.push(`${provincePlans.length} province plans; ${byProvince.length} provinces`);
    return { id: this.id, title: this.title, measurements, ratios, notes };
  },
};
