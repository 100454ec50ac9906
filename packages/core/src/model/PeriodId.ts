import { z } from "zod";

/**
 * A period identifier in DHIS2's style: `2024` (year), `2024S1` (half year),
 * `2024Q3` (quarter), `2024-03` (month).
 */
export const PeriodId = z
  .string()
  .regex(/^\d{4}(?:S[12]|Q[1-4]|-(?:0[1-9]|1[0-2]))?$/, "a period id such as 2024, 2024S1, 2024Q3 or 2024-03")
  .describe("Period identifier: 2024 (year), 2024S1 (half), 2024Q3 (quarter), 2024-03 (month).");
export type PeriodId = z.infer<typeof PeriodId>;

/** The period a plan covers: one year (`start` = `end` = "2024") or several ("2022" to "2025"). */
export const PlanPeriod = z
  .object({
    start: PeriodId.describe("First period covered."),
    end: PeriodId.describe("Last period covered (inclusive)."),
    horizon: z
      .number()
      .int()
      .min(1945)
      .max(2100)
      .optional()
      .describe('A later year the plan looks towards beyond its end ("định hướng đến năm 2030").'),
  })
  .describe("The period a plan covers, from start to end inclusive.");
export type PlanPeriod = z.infer<typeof PlanPeriod>;
