import { describe, expect, it } from "vitest";
import type { Activity } from "../../model/Activity";
import type { Frequency, Quota } from "../../model/Frequency";
import { minimalPlan } from "../_lib/minimalPlan";
import { validatePlan } from "../validatePlan";
import { quotaUnreachable } from "./quotaUnreachable";

const context = { parent: undefined, unitExists: undefined };

/** The plan with row 5 of 003's appendix (003:360–374) given another frequency and quotas. */
function planWith(frequency: Frequency | undefined, quotas: Quota[]) {
  const plan = minimalPlan();
  const row5 = plan.activities[1] as Activity;
  const { frequency: _, ...rest } = row5;
  plan.activities[1] = { ...rest, ...(frequency && { frequency }), quotas };
  return plan;
}

const monthlyIssue: Frequency = {
  kind: "frequency",
  count: 1,
  per: "month",
  interval: 1,
  output: "issue",
  raw: "Mỗi tháng 01 kỳ",
};
const monthly: Frequency = { kind: "frequency", count: 1, per: "month", interval: 1, raw: "01 lần/1 tháng" };
const weekly: Frequency = { kind: "frequency", count: 1, per: "week", interval: 1, raw: "Mỗi tuần/1 lần" };
const twentyArticlesAQuarter: Quota = {
  kind: "quota",
  comparator: "atLeast",
  count: 20,
  output: "article",
  per: "quarter",
};

describe("quota.unreachable", () => {
  it("flags 003:374 'Mỗi tháng 01 kỳ' (3 issues a quarter) bound by a quota of 20 issues a quarter", () => {
    const plan = planWith(monthlyIssue, [{ ...twentyArticlesAQuarter, output: "issue" }]);
    expect(validatePlan(plan)).toEqual({
      usable: true,
      plan,
      issues: [
        {
          code: "quota.unreachable",
          severity: "warning",
          path: "/activities/1/quotas/0",
          params: { activityId: "t5", quotaCount: 20, output: "issue", quotaPer: "quarter", expected: 3 },
        },
      ],
    });
  });

  it("flags a monthly frequency with no stated output (002:131 '01 lần/1 tháng') against at least 20 articles a quarter", () => {
    expect(quotaUnreachable.check(planWith(monthly, [twentyArticlesAQuarter]), context)).toEqual([
      {
        code: "quota.unreachable",
        severity: "warning",
        path: "/activities/1/quotas/0",
        params: { activityId: "t5", quotaCount: 20, output: "article", quotaPer: "quarter", expected: 3 },
      },
    ]);
  });

  it("counts every other week as 26 a year: 2.17 a month against 'exactly 3 a month'", () => {
    const everyOtherWeek: Frequency = { ...weekly, interval: 2 };
    const quota: Quota = { kind: "quota", comparator: "exactly", count: 3, output: "article", per: "month" };
    expect(quotaUnreachable.check(planWith(everyOtherWeek, [quota]), context)).toEqual([
      {
        code: "quota.unreachable",
        severity: "warning",
        path: "/activities/1/quotas/0",
        params: { activityId: "t5", quotaCount: 3, output: "article", quotaPer: "month", expected: 2.17 },
      },
    ]);
  });

  it("is quiet on 001:156 'Mỗi tuần/1 lần' against 002:91 'Hàng quý … ít nhất 01 tin/bài' and against 13 a quarter", () => {
    const quotas: Quota[] = [
      {
        kind: "quota",
        comparator: "atLeast",
        count: 1,
        output: "article",
        per: "quarter",
        raw: "Hàng quý … ít nhất 01 tin/bài",
      },
      { kind: "quota", comparator: "atLeast", count: 13, output: "article", per: "quarter" },
    ];
    expect(quotaUnreachable.check(planWith(weekly, quotas), context)).toEqual([]);
  });

  it("does not compare other outputs, 'at most' quotas, or activities without a frequency", () => {
    expect(quotaUnreachable.check(planWith(monthlyIssue, [twentyArticlesAQuarter]), context)).toEqual([]);
    expect(
      quotaUnreachable.check(
        planWith(monthly, [{ ...twentyArticlesAQuarter, comparator: "atMost" }]),
        context,
      ),
    ).toEqual([]);
    expect(quotaUnreachable.check(planWith(undefined, [twentyArticlesAQuarter]), context)).toEqual([]);
  });
});
