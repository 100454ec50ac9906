import type { Activity } from "../../model/Activity";
import type { Frequency, Quota } from "../../model/Frequency";
import { frequencyPerYear, UNITS_PER_YEAR } from "../../time/frequencyPerYear";

/** How far one planned rate of a child activity goes towards a quota. */
export interface QuotaCandidate {
  readonly activity: string;
  readonly rate: Frequency | Quota;
  /** Outputs the rate guarantees in every period of the quota's unit; 0 when its unit is coarser. */
  readonly guaranteed: number;
  /** True when the rate counts per a longer unit than the quota (a year against a quarter). */
  readonly coarser: boolean;
}

/**
 * The planned rates of activities that can count towards a quota: their own
 * "at least"/"exactly" quotas of the same output, and their frequencies that
 * state that output or none (as validation's quota.unreachable does). Each is
 * given the number of outputs it guarantees in every period of the quota:
 * whole occurrences only (a month always holds 4 weekly slots, not 4.33), and
 * none when it counts per a longer unit, since 12 a year does not ensure one
 * in each quarter.
 */
export function quotaCandidates(activities: readonly Activity[], quota: Quota): QuotaCandidate[] {
  const out: QuotaCandidate[] = [];
  const consider = (activity: Activity, rate: Frequency | Quota) => {
    const coarser = UNITS_PER_YEAR[rate.per] < UNITS_PER_YEAR[quota.per];
    // A small tolerance, so that 52 weeks against 13 a quarter is not lost to rounding.
    const guaranteed = coarser ? 0 : Math.floor(frequencyPerYear(rate) / UNITS_PER_YEAR[quota.per] + 1e-9);
    out.push({ activity: activity.id, rate, guaranteed, coarser });
  };
  for (const activity of activities) {
    for (const own of activity.quotas) {
      if (own.comparator !== "atMost" && own.output === quota.output) consider(activity, own);
    }
    const f = activity.frequency;
    if (f && (f.output === undefined || f.output === quota.output)) consider(activity, f);
  }
  return out;
}
