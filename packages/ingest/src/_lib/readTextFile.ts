import { validatePlan } from "@parcomms/core";
import { type ExtractionIssue, extractPlan, type PlanExtraction } from "@parcomms/core/extract";
import { makeReadIssue } from "../makeReadIssue";
import type { ReadIssue, ReadPlan } from "../ReadPlansResult";
import { baseName } from "./fileName";

/** Extraction issues after which the draft is only a placeholder: nothing was read. */
const FAILED = new Set(["extract.internal-error", "extract.schema.invalid"]);

/**
 * The draft plan of a plan's text (.txt, or the raw text of a .docx), made by
 * core's `extractPlan` (the file's base name as its source name, so the plan
 * id is the name without extension). Its issues become reading issues with
 * their first line; the extraction itself is kept on the plan. Text with no
 * title, no issuing unit and no item is not a plan (`io.not-a-plan`), and an
 * extraction that failed gives its own issue and no plan.
 */
export function readTextFile(
  file: string,
  text: string,
  format: "text" | "docx",
  validate: boolean,
): { plans: ReadPlan[]; issues: ReadIssue[] } {
  if (text.trim() === "") return { plans: [], issues: [makeReadIssue("io.empty", file)] };
  const extraction = extractPlan(text, { sourceName: baseName(file) });
  const issues = extraction.issues.map((issue) => toReadIssue(issue, file));
  if (extraction.issues.some((issue) => FAILED.has(issue.code))) return { plans: [], issues };
  if (!looksLikePlan(extraction)) return { plans: [], issues: [makeReadIssue("io.not-a-plan", file)] };
  const plan: ReadPlan = {
    plan: extraction.plan,
    source: { file, format },
    ...(validate ? { validation: validatePlan(extraction.plan).issues } : {}),
    extraction,
    text,
  };
  return { plans: [plan], issues };
}

function looksLikePlan({ plan, issues }: PlanExtraction): boolean {
  const missing = new Set(issues.map((issue) => issue.code));
  const header = !missing.has("extract.header.title-missing") || !missing.has("extract.header.unit-missing");
  const items = plan.contentItems.length + plan.formsItems.length + plan.activities.length;
  return header || items > 0;
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
