import { z } from "zod";
import { LineRange } from "./LineRange";

const itemFields = {
  id: z.string().min(1).describe("Identifier, unique in the plan."),
  ref: z
    .string()
    .min(1)
    .optional()
    .describe('The item\'s number or letter as printed ("1.4.2", "e", "III.3").'),
  text: z.string().min(1).describe("The item's text as written."),
  lines: LineRange.optional(),
  note: z.string().min(1).optional().describe("An analyst's note, e.g. why a theme was judged to apply."),
};

/** A numbered or bulleted passage: a purpose, a requirement. */
export const TextItem = z.object(itemFields).describe("A passage of the plan, kept as written.");
export type TextItem = z.infer<typeof TextItem>;

const heading = z
  .string()
  .min(1)
  .optional()
  .describe('A heading the item opens with, apart from its text ("Về cải cách chế độ công vụ:").');

/** An item of the content section (nội dung tuyên truyền) with the themes it carries. */
export const ContentItem = z
  .object({
    ...itemFields,
    heading,
    parentId: z.string().min(1).optional().describe("Id of the enclosing item (1.4 for 1.4.2)."),
    themes: z.array(z.string().min(1)).describe("Theme codes from the themes codelist."),
    channels: z
      .array(z.string().min(1))
      .optional()
      .describe(
        "Channel codes, where the text ties the message to a medium (004:66, 004:68); absent: none named.",
      ),
  })
  .describe("An item of the content (nội dung) section with its themes.");
export type ContentItem = z.infer<typeof ContentItem>;

/** An item of the forms section (hình thức tuyên truyền) with the channels it names. */
export const FormsItem = z
  .object({
    ...itemFields,
    heading,
    channels: z.array(z.string().min(1)).describe("Channel codes from the channels codelist."),
    themes: z.array(z.string().min(1)).describe("Theme codes, when the item names what it says."),
  })
  .describe("An item of the forms (hình thức) section with its channels.");
export type FormsItem = z.infer<typeof FormsItem>;
