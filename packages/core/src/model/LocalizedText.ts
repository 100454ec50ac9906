import { z } from "zod";

/** A label in Vietnamese and English. */
export const LocalizedText = z
  .object({
    vi: z.string().min(1).describe("Vietnamese."),
    en: z.string().min(1).describe("English."),
  })
  .describe("Text in Vietnamese and English.");
export type LocalizedText = z.infer<typeof LocalizedText>;

/** Languages of the user interface and messages. */
export const Language = z.enum(["vi", "en"]).describe("Language: vi (Vietnamese) or en (English).");
export type Language = z.infer<typeof Language>;
