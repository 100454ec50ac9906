import {
  type DocumentProgress,
  makeReadIssue,
  type ReadPlansResult,
  readPlanFilesAsync,
} from "@parcomms/ingest";

/**
 * One file read with `readPlanFilesAsync`, on its own so that one bad file
 * never stops the rest: whatever a reader throws becomes the file's
 * `io.unreadable` issue. Run in the reading threads of `parcomms ingest`,
 * and in the process itself with `--jobs 1`.
 *
 * @param name - the file's name as the user wrote it
 * @param bytes - its content
 * @param onProgress - called as a document (a PDF's pages, a scan's OCR) is read
 * @returns what `readPlanFilesAsync` returned for the file
 * @example
 * const result = await readOneDocument("003.docx", bytes, (p) => console.log(p.stage, p.done, p.total));
 */
export async function readOneDocument(
  name: string,
  bytes: Uint8Array,
  onProgress: (progress: DocumentProgress) => void = () => {},
): Promise<ReadPlansResult> {
  try {
    return await readPlanFilesAsync([{ name, bytes }], {
      onDocumentProgress: (_file, progress) => onProgress(progress),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { plans: [], documents: [], issues: [makeReadIssue("io.unreadable", name, { reason })] };
  }
}
