import { readPlanFilesAsync } from "@parcomms/ingest";
import { writePdf } from "@parcomms/ingest/testing";
import type { ScorableExtraction } from "./ScorableExtraction";

/**
 * A corpus text as a user gives it in a PDF with a text layer: written to a
 * PDF laid out as a word processor exports it (`writePdf` of
 * `@parcomms/ingest/testing`: two-column header, wrapped paragraphs, bordered
 * tables, page numbers) and read back with the real reader,
 * `readPlanFilesAsync` of `@parcomms/ingest` (pdf.js, lines rebuilt by
 * position, then `extractPlan`). The extraction is what the read plan's
 * `extraction` holds, or, for a text that is not a plan, the read document's.
 *
 * @param text - the document's text
 * @param name - the file name to give it ("p01-….pdf")
 * @returns the extraction
 * @throws Error naming the reader's issue codes when it returns no extraction
 * @example
 * (await readPdfExtraction(text, "e01.pdf")).plan?.number // "15"
 */
export async function readPdfExtraction(text: string, name: string): Promise<ScorableExtraction> {
  const { plans, documents, issues } = await readPlanFilesAsync([{ name, bytes: await writePdf(text) }]);
  const extraction = plans[0]?.extraction ?? documents[0]?.extraction;
  if (extraction) return extraction;
  const codes = [...new Set(issues.map((i) => i.code))];
  throw new Error(`no extraction from the PDF reader (${codes.join(", ") || "no plan"})`);
}
