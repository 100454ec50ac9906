import { z } from "zod";
import { Era } from "./Era";

/**
 * An official unit code of the General Statistics Office (mã đơn vị hành
 * chính), tagged with its era: the same digits can name different units in
 * the two eras (province 24 was Bắc Giang, then the merged Bắc Ninh).
 */
export const GsoCode = z
  .object({
    era: Era,
    code: z
      .string()
      .regex(/^\d{2,5}$/, "2 to 5 digits, leading zeros kept")
      .describe("The code's digits."),
  })
  .describe("GSO unit code, meaningful only with its era.");
export type GsoCode = z.infer<typeof GsoCode>;
