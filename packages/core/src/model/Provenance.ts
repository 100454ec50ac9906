import { z } from "zod";
import { LineRange } from "./LineRange";

/** Where a plan's data came from and how. */
export const Provenance = z
  .object({
    document: z.string().min(1).describe("Source document (file name or URL)."),
    lines: LineRange.optional().describe("Lines of the document the plan spans."),
    method: z.enum(["hand-encoded", "extracted", "synthetic", "imported"]).describe("How the data was made."),
    synthetic: z.boolean().describe("True for generated data that describes no real plan."),
    notes: z.array(z.string().min(1)).optional(),
  })
  .describe("Provenance of a plan's data.");
export type Provenance = z.infer<typeof Provenance>;
