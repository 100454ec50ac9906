import type { Frequency, Quota } from "../../model/Frequency";
import { frequencyPerYear, UNITS_PER_YEAR } from "../../time/frequencyPerYear";
import { makeIssue } from "../_lib/makeIssue";
import type { Rule } from "../_lib/Rule";
import type { ValidationIssue } from "../ValidationIssue";

/**
 * quota.unreachable: an activity whose own frequency, counted over a quota's
 * period, yields fewer outputs than the quota promises ("at least" or
 * "exactly"). Compared only when the frequency states no output or the
 * quota's. Each task counts as `planTasks` resolves it: a sub-task's
 * frequency and quotas are its own or its block's; a pair both taken from
 * the block is checked once, with the block.
 *
 * @example
 * // "Mỗi tháng 01 kỳ" (003:374) gives 3 a quarter; a quota of 20 a quarter cannot be met:
 * quotaUnreachable.check(plan, context) // [{ code: "quota.unreachable", params: { expected: 3, … }, … }]
 */
export const quotaUnreachable: Rule = {
  code: "quota.unreachable",
  check: (plan) => {
    const issues: ValidationIssue[] = [];
    const check = (
      id: string,
      frequency: Frequency | undefined,
      quotas: readonly Quota[],
      i: number,
      j: number, // the sub-task whose quotas they are, or -1 for the activity's own
    ) => {
      if (!frequency || quotas.length === 0) return;
      quotas.forEach((quota, k) => {
        if (quota.comparator === "atMost") return;
        if (frequency.output !== undefined && frequency.output !== quota.output) return;
        const expected = frequencyPerYear(frequency) / UNITS_PER_YEAR[quota.per];
        // A small tolerance, so that 52 weeks against 13 a quarter is not flagged for rounding.
        if (quota.count <= expected + 1e-9) return;
        issues.push(
          makeIssue(
            "quota.unreachable",
            j < 0 ? `/activities/${i}/quotas/${k}` : `/activities/${i}/subtasks/${j}/quotas/${k}`,
            {
              activityId: id,
              quotaCount: quota.count,
              output: quota.output,
              quotaPer: quota.per,
              expected: Math.round(expected * 100) / 100,
            },
          ),
        );
      });
    };
    for (const [i, activity] of plan.activities.entries()) {
      check(activity.id, activity.frequency, activity.quotas, i, -1);
      if (!activity.subtasks) continue;
      // Per task as planTasks resolves it; a pair both taken from the block was checked with the block.
      for (const [j, s] of activity.subtasks.entries()) {
        if (s.frequency === undefined && s.quotas === undefined) continue;
        check(s.id, s.frequency ?? activity.frequency, s.quotas ?? activity.quotas, i, s.quotas ? j : -1);
      }
    }
    return issues;
  },
};
