import { z } from "zod";

/**
 * A calendar date whose day, or day and month, may be left blank, as in
 * "ngày tháng 01 năm 2024". The year is always known.
 */
export const PartialDate = z
  .object({
    year: z.number().int().min(1945).max(2100).describe("Year (năm)."),
    month: z
      .number()
      .int()
      .min(1)
      .max(12)
      .optional()
      .describe("Month (tháng), 1–12; absent when not stated."),
    day: z.number().int().min(1).max(31).optional().describe("Day (ngày), 1–31; absent when not stated."),
    raw: z.string().min(1).optional().describe("The date as written in the document."),
  })
  .refine((d) => d.day === undefined || d.month !== undefined, {
    message: "a day needs a month",
    path: ["day"],
  })
  .describe("A date as written in a Vietnamese document; day and month may be blank.");
export type PartialDate = z.infer<typeof PartialDate>;
