import { z } from "zod";

/** How serious an issue is: error (broken data), warning (a document mistake), info (a note). */
export const IssueSeverity = z
  .enum(["error", "warning", "info"])
  .describe(
    "error: broken data, the plan is not usable; warning: a mistake of the document, kept as written; info: a note.",
  );
export type IssueSeverity = z.infer<typeof IssueSeverity>;

/** A value an issue carries to fill its message. */
export const IssueParam = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type IssueParam = z.infer<typeof IssueParam>;

/**
 * A problem found in a plan (vấn đề phát hiện khi kiểm tra kế hoạch), as data:
 * a stable code from the rule catalogue, a severity, a JSON Pointer to where
 * it is, and the values that fill the catalogue's message. The text is made
 * separately, in English or Vietnamese, by `formatIssue`.
 *
 * @example
 * // 003:430, appendix task 8 "Quý IV/2023" in a 2024 plan:
 * const issue: ValidationIssue = {
 *   code: "activity.timeframe-outside-period",
 *   severity: "warning",
 *   path: "/activities/7/timeframe",
 *   params: { activityId: "a8", start: "2023-10-01", end: "2023-12-31", periodStart: "2024-01-01", periodEnd: "2024-12-31" },
 * };
 */
export const ValidationIssue = z
  .object({
    code: z.string().min(1).describe("Stable rule code, a key of the rule catalogue."),
    severity: IssueSeverity,
    path: z.string().describe('JSON Pointer (RFC 6901) to the value concerned; "" for the whole plan.'),
    params: z.record(z.string(), IssueParam).describe("Values that fill the message's {placeholders}."),
  })
  .describe("A validation issue: code, severity, JSON Pointer path and message parameters.");
export type ValidationIssue = z.infer<typeof ValidationIssue>;
