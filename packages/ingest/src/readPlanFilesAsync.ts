import { DOCUMENT_FORMATS, detectFormat } from "./_lib/detectFormat";
import { readInputs } from "./_lib/readInputs";
import type { DocumentTextResult } from "./documents/DocumentText";
import { type DocumentFormat, readDocumentText } from "./documents/readDocumentText";
import type { ReadPlanFilesOptions } from "./ReadPlanFilesOptions";
import type { PlanFileInput, ReadPlansResult } from "./ReadPlansResult";

/**
 * Plans read from files, every format of {@link readPlanFiles} and Word
 * documents too (đọc tệp kế hoạch, cả tệp Word): a `.docx` (or any zip
 * archive not named otherwise) has its text taken out by mammoth, loaded
 * only when a .docx is given, then made into a draft by core's `extractPlan`,
 * like a `.txt`. Issue lines of a .docx count in that text (`text` on the
 * plan). A corrupt .docx gives an `io.bad-docx` issue. Never throws; runs in
 * the browser (mammoth's browser build) and in Node.
 *
 * @param inputs - the files' names and bytes
 * @param options - see {@link ReadPlanFilesOptions}
 * @returns the same result as {@link readPlanFiles}: plans with their source, and every issue
 * @example
 * const bytes = new Uint8Array(await (await fetch("003.docx")).arrayBuffer());
 * const { plans, issues } = await readPlanFilesAsync([{ name: "003.docx", bytes }]);
 * plans[0]?.plan.unit?.name // "Gia Tân"
 * plans[0]?.source          // { file: "003.docx", format: "docx" }
 * plans[0]?.extraction?.elements[0] // { path: "/title", lines: { start: 5, end: 5 }, confidence: 0.9 }
 */
export async function readPlanFilesAsync(
  inputs: readonly PlanFileInput[],
  options: ReadPlanFilesOptions = {},
): Promise<ReadPlansResult> {
  const texts = new Map<number, DocumentTextResult>();
  for (const [index, input] of inputs.entries()) {
    const format = detectFormat(input.name, input.bytes, () => undefined);
    if (DOCUMENT_FORMATS.has(format)) {
      const onProgress = options.onDocumentProgress;
      texts.set(
        index,
        await readDocumentText(format as DocumentFormat, input.bytes, {
          ...options.readerOptions,
          ...(onProgress ? { onProgress: (progress) => onProgress(input.name, progress) } : {}),
          ...(options.signal ? { signal: options.signal } : {}),
          ...(options.limits ? { limits: options.limits } : {}),
        }),
      );
    }
  }
  return readInputs(inputs, options, texts);
}
