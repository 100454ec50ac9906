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
      "The activity's timeframe, or a sub-task's own (path /activities/i/subtasks/j/timeframe), resolved to dates (resolveTimeframe, not clipped; several years run from 1 January of the first to 31 December of the last), begins before or ends after the period the plan covers (periodInterval). Usually a slip of the document, such as last year's date left in this year's plan; the timeframe is kept as written. Timeframes on a trigger (khi có …) have no dates and are not checked.",
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
      "None of the task's assignees has the role lead. Tasks are those of planTasks: an activity without sub-tasks, or each sub-task with its block's assignees unless it names its own (path /activities/i/subtasks/j/assignees; the block itself is not checked). A task with no lead that is asked of a requested body (đề nghị) gives activity.requested-only instead. The plan does not say who is responsible for the task, so it cannot be followed up.",
    example: {
      source: "003_c2f82bd70c212939.txt:147",
      text: 'Forms item d. of xã Gia Tân\'s plan, "Tổ chức hội nghị, hội thảo cấp xã để tuyên truyền về cải cách hành chính trên địa bàn xã", names no office that carries it out.',
    },
    fix: "If another passage (the assignments, the appendix) names the office that leads the task, add it with role lead; otherwise keep the activity as it is and let the warning show the gap.",
  },
  {
    code: "activity.requested-only",
    severity: "info",
    title: {
      en: "Task asked of bodies outside the issuer's authority",
      vi: "Nhiệm vụ đề nghị cơ quan, tổ chức ngoài thẩm quyền của cơ quan ban hành",
    },
    message: {
      en: "Task {activityId} is requested (đề nghị) of bodies the plan cannot direct; no office of the issuer leads it.",
      vi: "Nhiệm vụ {activityId} được đề nghị cơ quan, tổ chức mà kế hoạch không chỉ đạo được; không có cơ quan, đơn vị nào của cơ quan ban hành chủ trì.",
    },
    params: { activityId: "text" },
    description:
      'No assignee of the task (an activity, or a sub-task with its block\'s assignees unless it names its own) leads, and at least one has the role requested: the Front and mass organisations, asked to take part ("Đề nghị …"), with the bodies they are asked to work with as coordinating (001:125). That is how a plan addresses bodies outside its authority, not a gap, so no lead is expected and activity.no-lead is not raised; the info says that nobody the plan can direct answers for the task.',
    example: {
      source: "002_9c9d59d1a9d0f229.txt:137",
      text: '"Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội": assignment V.9 of tỉnh Tây Ninh\'s plan, asked of the Front and the socio-political organisations only.',
    },
    fix: "Nothing to fix when the text asks (đề nghị). If the text assigns the task to an office of the issuer (chủ trì), give that office the role lead.",
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
      'The task (an activity, or a sub-task with the frequency and quotas of its block unless it states its own) has a frequency and a quota ("at least" or "exactly"), and the frequency, counted over the quota\'s period, yields fewer outputs than the quota promises. Outputs a year: day 365, week 52, month 12, quarter 4, half-year 2, year 1, times the count, divided by the interval. Compared only when the frequency states no output or the same output as the quota.',
    example: {
      text: 'No seed plan has one. "Mỗi tháng 01 kỳ" (003:374) gives 3 a quarter; the same activity bound by a quota of "ít nhất 20 tin/bài mỗi quý" would raise it.',
    },
    fix: "Check both numbers in the source. If the document promises more than it schedules, keep both and let the warning stand; if the quota binds the unit as a whole rather than this activity, move it to the plan or to childPlanRequirements.",
  },
] as const satisfies readonly RuleDescription[];
