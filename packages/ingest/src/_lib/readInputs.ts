import type { DocumentTextResult } from "../documents/DocumentText";
import { isDocumentFailure } from "../documents/DocumentText";
import { documentLimit } from "../documents/limits/documentLimit";
import type { LimitedFormat } from "../documents/limits/documentLimits";
import { sizeFailure } from "../documents/limits/sizeFailure";
import { makeReadIssue, type ReadIssueCode } from "../makeReadIssue";
import type { ReadPlanFilesOptions } from "../ReadPlanFilesOptions";
import type {
  PlanFileFormat,
  PlanFileInput,
  PlanSource,
  ReadDocument,
  ReadIssue,
  ReadPlan,
  ReadPlansResult,
} from "../ReadPlansResult";
import { bomlessUtf16 } from "./bomlessUtf16";
import { decodePlanText } from "./decodePlanText";
import { decodeText } from "./decodeText";
import { type DetectedFormat, DOCUMENT_FORMATS, detectFormat } from "./detectFormat";
import { extensionOf, folderName } from "./fileName";
import { readJsonFile } from "./readJsonFile";
import { readJsonlFile } from "./readJsonlFile";
import { readTableSet, type TableSetInput } from "./readTableSet";
import { readTextFile } from "./readTextFile";

/** The formats read as text, where UTF-16 without a BOM is told and noted. */
const TEXT_FORMATS: ReadonlySet<DetectedFormat> = new Set(["json", "jsonl", "csv", "text", "unknown"]);

type Read = { plans: ReadPlan[]; documents?: ReadDocument[]; issues: ReadIssue[] };

/**
 * What `readPlanFiles` and `readPlanFilesAsync` share: every input read in
 * order, table files grouped by folder, duplicates left out. `documentTexts`
 * holds the text of each document input (.docx, .pdf, images, .doc, .odt,
 * .rtf) by its index (the async reader fills it); a document without one is
 * reported as needing the async reader.
 */
export function readInputs(
  inputs: readonly PlanFileInput[],
  options: ReadPlanFilesOptions,
  documentTexts: ReadonlyMap<number, DocumentTextResult> = new Map(),
): ReadPlansResult {
  const validate = options.validate === true;
  const steps: (() => Read)[] = [];
  const tableSets = new Map<string, TableSetInput & { files: TableSetInput["files"][number][] }>();
  inputs.forEach((input, index) => {
    let text: string | undefined;
    let decoded = false;
    const textOf = () => {
      if (!decoded) text = decodeText(input.bytes);
      decoded = true;
      return text;
    };
    let planText: ReturnType<typeof decodePlanText>;
    let planDecoded = false;
    const planTextOf = () => {
      if (!planDecoded) planText = decodePlanText(input.bytes);
      planDecoded = true;
      return planText;
    };
    // a file named for no format is only decoded (to look at its text) when within the text size limit;
    // the content decides only when the extension does not; a legacy text is detected once converted
    const withinTextLimit = input.bytes.length <= documentLimit("text", options.limits).maxBytes;
    const format = detectFormat(input.name, input.bytes, () =>
      withinTextLimit ? (planTextOf()?.text ?? textOf()) : undefined,
    );
    const limited = format === "unsupported" ? undefined : format === "unknown" ? "text" : format;
    const utf16 = TEXT_FORMATS.has(format) && withinTextLimit ? bomlessUtf16(input.bytes) : undefined;
    if (utf16) {
      const note = makeReadIssue(
        "io.utf16-no-bom",
        input.name,
        { encoding: utf16.toUpperCase() },
        {},
        "info",
      );
      steps.push(() => ({ plans: [], issues: [note] }));
    }
    const tooLarge =
      limited && sizeFailure(input.bytes.length, limited satisfies LimitedFormat, options.limits);
    if (tooLarge) {
      const issue = makeReadIssue(tooLarge.failure as ReadIssueCode, input.name, tooLarge.params ?? {});
      steps.push(() => ({ plans: [], issues: [issue] }));
      return;
    }
    if (format === "arrow" || format === "csv" || format === "parquet") {
      if (format === "csv" && textOf() === undefined) {
        steps.push(() => ({ plans: [], issues: [makeReadIssue("io.not-utf8", input.name)] }));
        return;
      }
      const key = `${format}\u0000${folderName(input.name)}`;
      let set = tableSets.get(key);
      if (!set) {
        set = { format, folder: folderName(input.name), files: [] };
        tableSets.set(key, set);
        const ready = set;
        const { maxInflatedBytes } = documentLimit(format, options.limits);
        steps.push(() => readTableSet(ready, validate, maxInflatedBytes));
      }
      set.files.push({
        name: input.name,
        bytes: input.bytes,
        ...(format === "csv" ? { text: textOf() } : {}),
      });
      return;
    }
    if (DOCUMENT_FORMATS.has(format)) {
      const documentFormat = format as PlanFileFormat;
      steps.push(() => readDocument(input.name, documentFormat, documentTexts.get(index), validate));
      return;
    }
    if (format === "text") {
      steps.push(() => readPlanText(input.name, planTextOf(), validate));
      return;
    }
    steps.push(() => readOne(input.name, format, textOf(), validate));
  });
  const plans: ReadPlan[] = [];
  const documents: ReadDocument[] = [];
  const issues: ReadIssue[] = [];
  const seen = new Map<string, PlanSource>();
  steps.forEach((step, i) => {
    const read = step();
    for (const item of read.issues) issues.push(item);
    for (const item of read.documents ?? []) documents.push(item);
    for (const entry of read.plans) {
      const first = seen.get(entry.plan.id);
      if (first) {
        issues.push(duplicateIssue(entry, first, options.keepDuplicates === true));
        if (!options.keepDuplicates) continue;
      }
      if (!first) seen.set(entry.plan.id, entry.source);
      plans.push(entry);
    }
    options.onProgress?.(i + 1, steps.length);
  });
  return { plans, documents, issues };
}

function readDocument(
  name: string,
  format: PlanFileFormat,
  read: DocumentTextResult | undefined,
  validate: boolean,
): Read {
  if (read === undefined) {
    const extension = extensionOf(name) || `.${format}`;
    return { plans: [], issues: [makeReadIssue("io.docx-needs-async", name, { extension })] };
  }
  if (isDocumentFailure(read)) {
    return { plans: [], issues: [makeReadIssue(read.failure as ReadIssueCode, name, read.params ?? {})] };
  }
  return readTextFile(name, read, format, validate);
}

/** A plain-text file read as a plan's text, its encoding note kept; one in no known encoding refused. */
function readPlanText(name: string, decoded: ReturnType<typeof decodePlanText>, validate: boolean): Read {
  if (decoded === undefined) return { plans: [], issues: [makeReadIssue("ingest.encoding-unknown", name)] };
  const read = {
    text: decoded.text,
    method: "text" as const,
    ...(decoded.notes.length > 0 ? { notes: decoded.notes } : {}),
  };
  return readTextFile(name, read, "text", validate);
}

function readOne(name: string, format: DetectedFormat, text: string | undefined, validate: boolean): Read {
  if (format === "unsupported") {
    return {
      plans: [],
      issues: [makeReadIssue("io.unsupported-format", name, { extension: extensionOf(name) })],
    };
  }
  if (text === undefined) return { plans: [], issues: [makeReadIssue("io.not-utf8", name)] };
  if (format === "json") return readJsonFile(name, text, validate);
  if (format === "jsonl") return readJsonlFile(name, text, validate);
  return { plans: [], issues: [makeReadIssue("io.unknown-format", name)] };
}

function duplicateIssue(entry: ReadPlan, first: PlanSource, kept: boolean): ReadIssue {
  const where = (s: PlanSource) =>
    s.line !== undefined ? `${s.file}:${s.line}` : s.path ? `${s.file}#${s.path}` : s.file;
  const { line, path } = entry.source;
  return makeReadIssue(
    kept ? "io.duplicate-id-kept" : "io.duplicate-id",
    entry.source.file,
    { id: entry.plan.id, first: where(first) },
    { ...(line === undefined ? {} : { line }), ...(path === undefined ? {} : { path }) },
    "warning",
  );
}
