import { validatePlan } from "@parcomms/core";
import { type ExtractionIssue, extractPlan, type PlanExtraction } from "@parcomms/core/extract";
import { citeDecision } from "../citeDecision";
import { citePlanMention } from "../citePlanMention";
import type { DocumentText } from "../documents/DocumentText";
import { scaleConfidence } from "../documents/ocr/scaleConfidence";
import { makeReadIssue, type ReadIssueCode } from "../makeReadIssue";
import type { PlanFileFormat, PlanSource, ReadDocument, ReadIssue, ReadPlan } from "../ReadPlansResult";
import { baseName } from "./fileName";

/** Extraction issues after which the draft is only a placeholder: nothing was read. */
const FAILED = new Set(["extract.internal-error", "extract.schema.invalid"]);

/**
 * A text (.txt, or the raw text of a .docx) read by core's `extractPlan` (the
 * file's base name as its source name, so the plan id is the name without
 * extension), kept by the kind of document it is (`documentKind`):
 * - `plan`: the draft plan, its extraction and text kept on it;
 * - `decision-with-plan`: the draft of the plan the decision issues, as for a
 *   plan, with an info `io.decision-with-plan` citing the decision;
 * - `about-plan`: no plan, a document (`ReadDocument`) keeping what was read,
 *   with a warning `io.about-plan` citing the plans the text names;
 * - `other`: a document too, with the error `io.not-a-plan`.
 * A plan's extraction issues become reading issues with their first line; a
 * document's stay in its extraction (they are about a plan's header the text
 * does not have). An extraction that failed gives its own issue and nothing
 * else.
 */
export function readTextFile(
  file: string,
  read: DocumentText,
  format: PlanFileFormat,
  validate: boolean,
): { plans: ReadPlan[]; documents: ReadDocument[]; issues: ReadIssue[] } {
  const { text } = read;
  if (text.trim() === "") return { plans: [], documents: [], issues: [makeReadIssue("io.empty", file)] };
  const extracted = extractPlan(text, { sourceName: baseName(file) });
  // A field read from a badly recognised scan line is held as less sure (documents/ocr/scaleConfidence).
  const extraction = read.origins
    ? { ...extracted, elements: scaleConfidence(extracted.elements, read.origins) }
    : extracted;
  const notes = (read.notes ?? []).map((note) =>
    makeReadIssue(note.code as ReadIssueCode, file, note.params ?? {}, {}, "info"),
  );
  const issues = [...notes, ...extraction.issues.map((issue) => toReadIssue(issue, file))];
  if (extraction.issues.some((issue) => FAILED.has(issue.code))) return { plans: [], documents: [], issues };
  const source: PlanSource = {
    file,
    format,
    ...(read.origins ? { origins: read.origins } : {}),
    ...(read.pages === undefined ? {} : { pages: read.pages }),
  };
  const kind = extraction.documentKind;
  if (kind === "other") {
    const document: ReadDocument = { source, documentKind: kind, extraction, text };
    return { plans: [], documents: [document], issues: [makeReadIssue("io.not-a-plan", file)] };
  }
  if (kind === "about-plan") {
    const document: ReadDocument = { source, documentKind: kind, extraction, text };
    return { plans: [], documents: [document], issues: [aboutPlanIssue(extraction, file)] };
  }
  const plan: ReadPlan = {
    plan: extraction.plan,
    source,
    ...(validate ? { validation: validatePlan(extraction.plan).issues } : {}),
    extraction,
    text,
  };
  if (kind === "plan") return { plans: [plan], documents: [], issues };
  const decision = extraction.decision ? citeDecision(extraction.decision) : "Quyết định";
  const line = extraction.decision?.lines?.start;
  const note = makeReadIssue(
    "io.decision-with-plan",
    file,
    { decision },
    line === undefined ? {} : { line },
    "info",
  );
  return { plans: [plan], documents: [], issues: [note, ...issues] };
}

/** The warning of a text about a plan: the plans it names, cited, or that it names none clearly. */
function aboutPlanIssue({ mentions }: PlanExtraction, file: string): ReadIssue {
  const line = mentions[0]?.lines?.start;
  const place = line === undefined ? {} : { line };
  if (mentions.length === 0) return makeReadIssue("io.about-plan-unnamed", file, {}, place, "warning");
  const plans = mentions.map(citePlanMention).join("; ");
  return makeReadIssue("io.about-plan", file, { plans }, place, "warning");
}

function toReadIssue(issue: ExtractionIssue, file: string): ReadIssue {
  return {
    file,
    code: issue.code,
    severity: issue.severity,
    message: { vi: issue.message.vi, en: issue.message.en },
    ...(issue.lines === undefined ? {} : { line: issue.lines.start }),
  };
}
