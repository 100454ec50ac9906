import { z } from "zod";
import { PartialDate } from "./PartialDate";
import { PeriodId } from "./PeriodId";

const raw = z.string().min(1).optional().describe("The phrase as written in the document.");
const year = z.number().int().min(1945).max(2100).describe("Year.");

/** "Thường xuyên (trong năm)": continuously through a period (the plan's, when `period` is absent). */
export const ContinuousTimeframe = z
  .object({ kind: z.literal("continuous"), period: PeriodId.optional(), raw })
  .describe("Continuously (thường xuyên) through a period; the plan's period when none is given.");

/** "Trong năm 2024": some time within a year. */
export const YearTimeframe = z
  .object({ kind: z.literal("year"), year, raw })
  .describe("Within a year (trong năm).");

/** "Giai đoạn 2021–2025, định hướng đến năm 2030": a run of whole years. */
export const YearsTimeframe = z
  .object({
    kind: z.literal("years"),
    start: year.describe("First year (inclusive)."),
    end: year.describe("Last year (inclusive)."),
    horizon: year.optional().describe('A later year the plan looks towards ("định hướng đến năm 2030").'),
    raw,
  })
  .describe("Several whole years (giai đoạn 2021–2025), with the year it looks towards when stated.");

/** "6 tháng đầu năm 2024": one or both halves of a year. */
export const HalvesTimeframe = z
  .object({
    kind: z.literal("halves"),
    year,
    halves: z.array(z.union([z.literal(1), z.literal(2)])).min(1),
    raw,
  })
  .describe("One or both halves of a year (6 tháng đầu/cuối năm).");

/** "Quý I/2024", "Trong Quý II, III năm 2024": one or more quarters of a year. */
export const QuartersTimeframe = z
  .object({
    kind: z.literal("quarters"),
    year,
    quarters: z
      .array(z.number().int().min(1).max(4))
      .min(1)
      .describe("Quarters 1–4, written in Roman numerals."),
    raw,
  })
  .describe("One or more quarters of a year (Quý I, II …).");

/** "Tháng 3, 4 năm 2024": one or more months of a year. */
export const MonthsTimeframe = z
  .object({ kind: z.literal("months"), year, months: z.array(z.number().int().min(1).max(12)).min(1), raw })
  .describe("One or more months of a year.");

/** "Từ ngày 01/3/2024 đến ngày 30/4/2024": a range of dates. */
export const DateRangeTimeframe = z
  .object({ kind: z.literal("dateRange"), start: PartialDate, end: PartialDate, raw })
  .describe("From one date to another, inclusive.");

/** "Chậm nhất ngày 20/04/2024" (inclusive) or "trước tháng 11 năm 2024" (exclusive): a deadline. */
export const DeadlineTimeframe = z
  .object({
    kind: z.literal("deadline"),
    by: PartialDate.describe("The deadline; a month alone means the whole month."),
    exclusive: z.boolean().describe("True for 'trước' (before): the deadline itself is excluded."),
    raw,
  })
  .describe("A deadline: chậm nhất (by, inclusive) or trước (before, exclusive).");

/** "Nhân ngày Chuyển đổi số quốc gia 10-10": a date that recurs every year. */
export const YearlyDateTimeframe = z
  .object({
    kind: z.literal("yearlyDate"),
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31),
    occasion: z
      .string()
      .min(1)
      .optional()
      .describe("The occasion, when named (Ngày Chuyển đổi số quốc gia)."),
    raw,
  })
  .describe("A day that recurs every year, such as 10 October.");

/** "Khi có hướng dẫn của cấp trên": on a trigger, with no date. */
export const TriggerTimeframe = z
  .object({
    kind: z.literal("trigger"),
    condition: z.string().min(1).describe("What sets it off, as written."),
    raw,
  })
  .describe("When something happens (khi có …), with no date.");

/** Any single timeframe. */
export const SimpleTimeframe = z.discriminatedUnion("kind", [
  ContinuousTimeframe,
  YearTimeframe,
  YearsTimeframe,
  HalvesTimeframe,
  QuartersTimeframe,
  MonthsTimeframe,
  DateRangeTimeframe,
  DeadlineTimeframe,
  YearlyDateTimeframe,
  TriggerTimeframe,
]);
export type SimpleTimeframe = z.infer<typeof SimpleTimeframe>;

/** "Thường xuyên (thực hiện khi có sự thay đổi về TTHC)", "Trong năm 2024 và hoàn thành trước tháng 11": several at once. */
export const CompoundTimeframe = z
  .object({ kind: z.literal("compound"), parts: z.array(SimpleTimeframe).min(2), raw })
  .describe("Several timeframes that hold together (all of them apply).");

/** When an activity happens: a tagged union over every form the plans use. */
export const Timeframe = z
  .discriminatedUnion("kind", [
    ContinuousTimeframe,
    YearTimeframe,
    YearsTimeframe,
    HalvesTimeframe,
    QuartersTimeframe,
    MonthsTimeframe,
    DateRangeTimeframe,
    DeadlineTimeframe,
    YearlyDateTimeframe,
    TriggerTimeframe,
    CompoundTimeframe,
  ])
  .describe(
    "When something happens: continuous, a year, several years, halves, quarters, months, a date range, a deadline, a yearly date, a trigger, or several of these.",
  );
export type Timeframe = z.infer<typeof Timeframe>;
export type TimeframeKind = Timeframe["kind"];
