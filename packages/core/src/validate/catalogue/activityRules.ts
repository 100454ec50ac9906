import type { RuleDescription } from "../RuleDescription";

/**
 * Catalogue entries of the checks on activities (nhiệm vụ): when they happen,
 * who leads them, and whether their quotas can be met.
 *
 * @example
 * activityRules.find((r) => r.code === "activity.no-lead")?.severity // "warning"
 */
export const activityRules = [
  {
    code: "activity.timeframe-outside-period",
    severity: "warning",
    title: {
      en: "Activity scheduled outside the plan's period",
      vi: "Nhiệm vụ có thời gian thực hiện ngoài kỳ kế hoạch",
    },
    message: {
      en: "Activity {activityId} is scheduled {start} – {end}, not within the plan's period {periodStart} – {periodEnd}.",
      vi: "Nhiệm vụ {activityId} có thời gian thực hiện {start} – {end}, không nằm trong kỳ kế hoạch {periodStart} – {periodEnd}.",
    },
    params: {
      activityId: "text",
      start: "date",
      end: "date",
      periodStart: "date",
      periodEnd: "date",
    },
    description:
      "The activity's timeframe, resolved to dates (resolveTimeframe, not clipped), begins before or ends after the period the plan covers (periodInterval). Usually a slip of the document, such as last year's date left in this year's plan; the timeframe is kept as written. Timeframes on a trigger (khi có …) have no dates and are not checked.",
    example: {
      source: "003_c2f82bd70c212939.txt:430",
      text: 'Task 8 of the appendix of xã Gia Tân\'s 2024 plan, "Tổ chức các lớp bồi dưỡng nghiệp vụ công tác CCHC cho cán bộ, công chức, viên chức" (003:419), is scheduled "Quý IV/2023".',
    },
    fix: "Check the source. If the document says so, keep the timeframe as written (the warning records the slip); if the encoding is wrong, correct the year or the plan's period.",
  },
  {
    code: "activity.no-lead",
    severity: "warning",
    title: { en: "Activity without a lead", vi: "Nhiệm vụ không có cơ quan chủ trì" },
    message: {
      en: "Activity {activityId} has no lead (chủ trì) office or group.",
      vi: "Nhiệm vụ {activityId} không có cơ quan, đơn vị chủ trì.",
    },
    params: { activityId: "text" },
    description:
      "None of the activity's assignees has the role lead. The plan does not say who is responsible for the task, so it cannot be followed up.",
    example: {
      source: "003_c2f82bd70c212939.txt:147",
      text: 'Forms item d. of xã Gia Tân\'s plan, "Tổ chức hội nghị, hội thảo cấp xã để tuyên truyền về cải cách hành chính trên địa bàn xã", names no office that carries it out.',
    },
    fix: "If another passage (the assignments, the appendix) names the office that leads the task, add it with role lead; otherwise keep the activity as it is and let the warning show the gap.",
  },
  {
    code: "quota.unreachable",
    severity: "warning",
    title: { en: "Quota the frequency cannot meet", vi: "Chỉ tiêu vượt quá tần suất thực hiện" },
    message: {
      en: "Activity {activityId} has a quota of {quotaCount} ({output}) per {quotaPer}, but its own frequency gives at most {expected} per {quotaPer}.",
      vi: "Nhiệm vụ {activityId} có chỉ tiêu {quotaCount} {output} mỗi {quotaPer}, nhưng theo tần suất của nhiệm vụ chỉ đạt tối đa {expected} {output} mỗi {quotaPer}.",
    },
    params: {
      activityId: "text",
      quotaCount: "number",
      output: "output-unit",
      quotaPer: "recurrence-unit",
      expected: "number",
    },
    description:
      'The activity has a frequency and a quota ("at least" or "exactly"), and the frequency, counted over the quota\'s period, yields fewer outputs than the quota promises. Outputs a year: day 365, week 52, month 12, quarter 4, half-year 2, year 1, times the count, divided by the interval. Compared only when the frequency states no output or the same output as the quota.',
    example: {
      text: 'No seed plan has one. "Mỗi tháng 01 kỳ" (003:374) gives 3 a quarter; the same activity bound by a quota of "ít nhất 20 tin/bài mỗi quý" would raise it.',
    },
    fix: "Check both numbers in the source. If the document promises more than it schedules, keep both and let the warning stand; if the quota binds the unit as a whole rather than this activity, move it to the plan or to childPlanRequirements.",
  },
] as const satisfies readonly RuleDescription[];
