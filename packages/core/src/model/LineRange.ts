import { z } from "zod";

/** Lines of the source document (1-based, inclusive) that an element was read from. */
export const LineRange = z
  .object({
    start: z.number().int().min(1).describe("First line, 1-based."),
    end: z.number().int().min(1).describe("Last line, inclusive."),
  })
  .describe("A range of lines in the source document, 1-based and inclusive.");
export type LineRange = z.infer<typeof LineRange>;
