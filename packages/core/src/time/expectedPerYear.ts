import type { Activity } from "../model/Activity";
import { frequencyPerYear } from "./frequencyPerYear";

/**
 * Outputs a year an activity is expected to produce (sản phẩm dự kiến mỗi năm).
 *
 * Quotas come first, as promises: for each kind of output the most demanding
 * "at least"/"exactly" quota counts (002:89 "tối thiểu 12 tin/bài trong năm"
 * and 002:91 "hàng quý ít nhất 01 tin/bài" bind the same articles: 12, not
 * 16), and different outputs add up. "At most" quotas promise nothing. With
 * no such quota the frequency counts; with neither, 0.
 *
 * @example
 * ```ts
 * // 002:91 "hàng quý ít nhất 01 tin/bài" and 002:89 "tối thiểu 12 tin/bài trong năm"
 * expectedPerYear(activity); // 12
 * ```
 */
export function expectedPerYear(activity: Activity): number {
  const byOutput = new Map<string, number>();
  for (const quota of activity.quotas) {
    if (quota.comparator === "atMost") continue;
    byOutput.set(quota.output, Math.max(byOutput.get(quota.output) ?? 0, frequencyPerYear(quota)));
  }
  if (byOutput.size > 0) return [...byOutput.values()].reduce((a, b) => a + b, 0);
  return activity.frequency ? frequencyPerYear(activity.frequency) : 0;
}
