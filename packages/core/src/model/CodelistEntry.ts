import { z } from "zod";
import { LocalizedText } from "./LocalizedText";

/**
 * One entry of a codelist: a stable code, labels, and the Vietnamese
 * phrasings that signal it in a document.
 */
export const CodelistEntry = z
  .object({
    code: z
      .string()
      .regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/)
      .describe("Stable code, never reused."),
    parent: z.string().min(1).optional().describe("Code of the parent entry in a two-level codelist."),
    label: LocalizedText,
    description: LocalizedText.optional(),
    phrasings: z
      .array(z.string().min(1))
      .describe("Vietnamese words and phrases that signal this entry; matched whatever the diacritic form."),
    formerNames: z
      .array(z.string().min(1))
      .optional()
      .describe("Older official names that still appear in texts and map to this code."),
  })
  .describe("An entry of a versioned codelist.");
export type CodelistEntry = z.infer<typeof CodelistEntry>;

/** A versioned codelist. */
export const Codelist = z
  .object({
    id: z.string().min(1).describe("Name of the codelist (themes, channels …)."),
    version: z.string().min(1).describe("Version; codes are never reused across versions."),
    entries: z.array(CodelistEntry),
  })
  .describe("A versioned list of codes with labels and phrasings.");
export type Codelist = z.infer<typeof Codelist>;
