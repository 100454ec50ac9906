import { z } from "zod";

/** The calendar unit a frequency or quota counts per. */
export const RecurrenceUnit = z
  .enum(["day", "week", "month", "quarter", "half-year", "year"])
  .describe("Calendar unit: day, week, month, quarter, half-year, year.");
export type RecurrenceUnit = z.infer<typeof RecurrenceUnit>;

/** What is counted: articles (tin/bài), issues of a column (kỳ), occurrences (lần), videos, events, products. */
export const OutputUnit = z
  .enum(["article", "issue", "occurrence", "video", "event", "product"])
  .describe("What is counted: article (tin/bài), issue (kỳ), occurrence (lần), video, event, product.");
export type OutputUnit = z.infer<typeof OutputUnit>;

/** "Mỗi tuần/1 lần", "Mỗi tháng 01 kỳ", "01 lần/1 tháng": how often something recurs. */
export const Frequency = z
  .object({
    kind: z.literal("frequency"),
    count: z.number().int().min(1).describe("How many times in each interval."),
    per: RecurrenceUnit,
    interval: z
      .number()
      .int()
      .min(1)
      .describe("Length of the interval in `per` units (1 = every week, 2 = every other week)."),
    output: OutputUnit.optional().describe("What each occurrence produces, when said."),
    raw: z.string().min(1).optional(),
  })
  .describe("A regular frequency: count times every interval × per.");
export type Frequency = z.infer<typeof Frequency>;

/** "Hàng quý ... ít nhất 01 tin/bài", "tối thiểu 12 tin/bài trong năm": a promised number of outputs. */
export const Quota = z
  .object({
    kind: z.literal("quota"),
    comparator: z
      .enum(["atLeast", "exactly", "atMost"])
      .describe("ít nhất/tối thiểu = atLeast; tối đa = atMost."),
    count: z.number().int().min(0).describe("The number promised."),
    output: OutputUnit,
    per: RecurrenceUnit,
    raw: z.string().min(1).optional(),
  })
  .describe(
    "A quota: at least (or exactly, or at most) count outputs per period, checkable against outputs.",
  );
export type Quota = z.infer<typeof Quota>;
