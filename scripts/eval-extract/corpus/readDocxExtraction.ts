import { readPlanFilesAsync } from "@parcomms/ingest";
import { writeDocx } from "@parcomms/ingest/testing";
import type { ScorableExtraction } from "./ScorableExtraction";

/**
 * A corpus text as a user gives it in a Word file: written to a .docx (one
 * paragraph a line, tabs kept: `writeDocx` of `@parcomms/ingest/testing`)
 * and read back with the real reader, `readPlanFilesAsync` of
 * `@parcomms/ingest` (mammoth, then `extractPlan`). The extraction is what
 * the read plan's `extraction` holds, or, for a text that is not a plan, the
 * read document's.
 *
 * @param text - the document's text
 * @param name - the file name to give it ("p01-….docx")
 * @returns the extraction
 * @throws Error naming the reader's issue codes when it returns no extraction (an empty or unreadable file)
 * @example
 * (await readDocxExtraction(text, "e01.docx")).plan?.number // "15"
 */
export async function readDocxExtraction(text: string, name: string): Promise<ScorableExtraction> {
  const { plans, documents, issues } = await readPlanFilesAsync([{ name, bytes: writeDocx(text) }]);
  const extraction = plans[0]?.extraction ?? documents[0]?.extraction;
  if (extraction) return extraction;
  const codes = [...new Set(issues.map((i) => i.code))];
  throw new Error(`no extraction from the .docx reader (${codes.join(", ") || "no plan"})`);
}
