/**
 * The realistic defects the synthetic generator plants in a share of its
 * plans (lỗi thường gặp trong văn bản thật), each one a mistake seen in the
 * real plans and each one found by `validatePlan`:
 *
 * - `missing-lead`: an activity without a lead (chủ trì), as the request to
 *   the Front in 002:137-139 or forms item d. in 003:147; reported as
 *   `activity.no-lead` at `/activities/i/assignees`.
 * - `out-of-period-timeframe`: an activity in the previous year's fourth
 *   quarter, like "Quý IV/2023" in a 2024 plan (003:430); reported as
 *   `activity.timeframe-outside-period` at `/activities/i/timeframe`.
 * - `unreachable-quota`: a frequency of one article a month with a quota of
 *   at least 20 articles a quarter; reported as `quota.unreachable` at
 *   `/activities/i/quotas/j`.
 * - `missing-number`: the number slot left blank and the issue day blank,
 *   as "Số: /KH-UBND" and "ngày tháng 01 năm 2024" (001:3, 001:5); reported
 *   as `header.number-not-stated` at `/number`.
 *
 * @example
 * DEFECT_KINDS.includes("missing-number") // true
 */
export const DEFECT_KINDS = [
  "missing-lead",
  "out-of-period-timeframe",
  "unreachable-quota",
  "missing-number",
] as const;

/** One of {@link DEFECT_KINDS}. */
export type DefectKind = (typeof DEFECT_KINDS)[number];
