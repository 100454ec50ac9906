import { frequencyPerYear, UNITS_PER_YEAR } from "../../time/frequencyPerYear";
import { makeIssue } from "../_lib/makeIssue";
import type { Rule } from "../_lib/Rule";

/**
 * quota.unreachable: an activity whose own frequency, counted over a quota's
 * period, yields fewer outputs than the quota promises ("at least" or
 * "exactly"). Compared only when the frequency states no output or the
 * quota's.
 *
 * @example
 * // "Mỗi tháng 01 kỳ" (003:374) gives 3 a quarter; a quota of 20 a quarter cannot be met:
 * quotaUnreachable.check(plan, context) // [{ code: "quota.unreachable", params: { expected: 3, … }, … }]
 */
export const quotaUnreachable: Rule = {
  code: "quota.unreachable",
  check: (plan) =>
    plan.activities.flatMap((activity, i) => {
      const frequency = activity.frequency;
      if (!frequency) return [];
      return activity.quotas.flatMap((quota, j) => {
        if (quota.comparator === "atMost") return [];
        if (frequency.output !== undefined && frequency.output !== quota.output) return [];
        const expected = frequencyPerYear(frequency) / UNITS_PER_YEAR[quota.per];
        // A small tolerance, so that 52 weeks against 13 a quarter is not flagged for rounding.
        if (quota.count <= expected + 1e-9) return [];
        return [
          makeIssue("quota.unreachable", `/activities/${i}/quotas/${j}`, {
            activityId: activity.id,
            quotaCount: quota.count,
            output: quota.output,
            quotaPer: quota.per,
            expected: Math.round(expected * 100) / 100,
          }),
        ];
      });
    }),
};
