import { z } from "zod";

/**
 * A field the document has a place for but leaves blank ("Số: /KH-UBND").
 * Distinct from an absent field, which means the source says nothing at all
 * (or the text we have does not include that part of the document).
 */
export const NotStated = z
  .object({
    notStated: z.literal(true).describe("Always true: the document leaves this field blank."),
    raw: z.string().min(1).optional().describe("The text of the blank slot as it stands in the document."),
  })
  .describe("A field the document has a slot for but leaves blank (không ghi).");
export type NotStated = z.infer<typeof NotStated>;

/** True when `value` is a {@link NotStated} marker. */
export function isNotStated(value: unknown): value is NotStated {
  return typeof value === "object" && value !== null && (value as { notStated?: unknown }).notStated === true;
}
