import { readInputs } from "./_lib/readInputs";
import type { ReadPlanFilesOptions } from "./ReadPlanFilesOptions";
import type { PlanFileInput, ReadPlansResult } from "./ReadPlansResult";

/**
 * Plans read from files (đọc tệp kế hoạch) in the formats ParComms writes:
 * plan JSON (one plan or an array of plans), JSON Lines (one plan a line), and
 * the CSV, Arrow or Parquet tables of @parcomms/formats (all of a folder's
 * table files, `plans.csv`, `activities.csv` …, grouped by folder); and a
 * plan's own text (.txt, UTF-8 or UTF-16 with a BOM, or Vietnamese in the
 * old TCVN3, VNI or VIQR encodings, converted with an
 * `ingest.encoding-converted` info; other bytes give
 * `ingest.encoding-unknown`), made into a draft by core's `extractPlan` (the
 * extraction is kept in `extraction`). A text that
 * is not a plan nor a decision issuing one is kept in `documents` with its
 * kind: `about-plan` (an `io.about-plan` warning names the plans it speaks
 * of) or `other` (an `io.not-a-plan` error). The format
 * comes from the extension (`.json`, `.jsonl`/`.ndjson`, `.csv`, `.arrow`,
 * `.parquet`, `.txt`), else from the content. A .docx needs mammoth, which is
 * asynchronous: read it with {@link readPlanFilesAsync} (here it gives an
 * `io.docx-needs-async` issue).
 *
 * A plan the schema accepts is kept even when it has document mistakes (run
 * `validatePlan`, or pass `validate`, to flag them); a value that is not a plan
 * is reported with core's structural issues and their JSON Pointer paths. A
 * second plan with an id already read is left out with a warning. Never
 * throws; no `node:` imports, so it runs in the browser.
 *
 * @param inputs - the files' names and bytes
 * @param options - see {@link ReadPlanFilesOptions}
 * @returns the plans with their source (file, line, path) in input order, and
 *   every issue (file, code, severity, message in vi and en, line, path)
 * @example
 * const bytes = new TextEncoder().encode(plansToJsonl(realPlans));
 * const { plans, issues } = readPlanFiles([{ name: "real-plans.jsonl", bytes }]);
 * plans[3]?.plan.unit?.name // "Gia Tân"
 * plans[3]?.source         // { file: "real-plans.jsonl", format: "jsonl", line: 4 }
 * issues                   // []
 */
export function readPlanFiles(
  inputs: readonly PlanFileInput[],
  options: ReadPlanFilesOptions = {},
): ReadPlansResult {
  return readInputs(inputs, options);
}
