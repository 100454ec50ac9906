import type { Activity } from "../../model/Activity";

/** True when the activity's expected outputs come from its quotas rather than its frequency. */
export function expectedFromQuotas(activity: Activity): boolean {
  return activity.quotas.some((q) => q.comparator !== "atMost");
}
