import type { Plan } from "@parcomms/core";
import type { PlanExtraction } from "@parcomms/core/extract";
import type { PlanSource, ReadIssue, ReadPlansResult } from "../ReadPlansResult";
import type { ReviewField, ReviewRow } from "./ReviewRow";

/** The header fields a review looks at, in the order a person checks them. */
export const REVIEW_FIELDS = ["/title", "/unit", "/period", "/number", "/issueDate", "/issuer"] as const;

/** Below this, a field read is "unsure" and asks for a person's eye. */
const SURE = 0.8;

/**
 * The review queue of a reading (hàng chờ rà soát): one row per input file,
 * in input order — the plan read from it, or the text that is not a plan, or
 * only its issues — with the fields that most need a person's eye. Shared by
 * `parcomms ingest` (review.csv, review.json) and the notebook.
 *
 * @param result - what `readPlanFiles` or `readPlanFilesAsync` returned
 * @param files - the input names in order (files that gave nothing but issues still get a row)
 * @returns one row a file
 * @example
 * const result = await readPlanFilesAsync([{ name: "003.txt", bytes }]);
 * reviewRows(result, ["003.txt"])[0]; // { file: "003.txt", documentKind: "plan", unit: "Gia Tân", year: "2024", number: "…", fieldsToCheck: […] }
 */
export function reviewRows(result: ReadPlansResult, files: readonly string[]): ReviewRow[] {
  const issuesOf = new Map<string, ReadIssue[]>();
  for (const issue of result.issues) {
    const list = issuesOf.get(issue.file) ?? [];
    list.push(issue);
    issuesOf.set(issue.file, list);
  }
  const rows: ReviewRow[] = [];
  const seen = new Set<string>();
  const push = (file: string, source?: PlanSource, extraction?: PlanExtraction, plan?: Plan) => {
    seen.add(file);
    rows.push(row(file, issuesOf.get(file) ?? [], source, extraction, plan));
  };
  const byFile = new Map<string, () => void>();
  for (const read of result.plans) {
    byFile.set(read.source.file, () => push(read.source.file, read.source, read.extraction, read.plan));
  }
  for (const document of result.documents) {
    byFile.set(document.source.file, () => push(document.source.file, document.source, document.extraction));
  }
  for (const file of files) {
    if (seen.has(file)) continue;
    const make = byFile.get(file);
    if (make) make();
    else push(file);
  }
  return rows;
}

function row(
  file: string,
  issues: readonly ReadIssue[],
  source?: PlanSource,
  extraction?: PlanExtraction,
  plan?: Plan,
): ReviewRow {
  const errors = issues.filter((i) => i.severity === "error").length;
  const warnings = issues.filter((i) => i.severity === "warning").length;
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const issueCodes = [
    ...new Set([...issues].sort((a, b) => rank[a.severity] - rank[b.severity]).map((i) => i.code)),
  ];
  const base = { file, errors, warnings, issueCodes };
  if (!extraction) return { ...base, ...(source ? { format: source.format } : {}), fieldsToCheck: [] };
  const read = plan ?? extraction.plan;
  const fieldsToCheck = plan ? fieldsOf(extraction, source) : [];
  const confidences = REVIEW_FIELDS.map((path) => elementOf(extraction, path)?.confidence).filter(
    (c): c is number => c !== undefined,
  );
  const number = read.number && typeof read.number === "string" ? read.number : undefined;
  return {
    ...base,
    documentKind: extraction.documentKind,
    ...(source ? { format: source.format } : {}),
    ...(plan ? { planId: plan.id } : {}),
    ...(plan && read.unit ? { unit: read.unit.name, level: read.unit.level } : {}),
    ...(plan && read.period ? { year: read.period.start } : {}),
    ...(plan && (number || read.symbol) ? { number: [number, read.symbol].filter(Boolean).join("/") } : {}),
    ...(plan && read.title ? { title: read.title } : {}),
    ...(confidences.length > 0 ? { confidence: confidences.reduce((m, v) => Math.min(m, v), Infinity) } : {}),
    fieldsToCheck,
  };
}

function elementOf(extraction: PlanExtraction, path: string) {
  return extraction.elements.find((element) => element.path === path);
}

/** Missing header fields first (in REVIEW_FIELDS order), then the unsure ones, least sure first. */
function fieldsOf(extraction: PlanExtraction, source?: PlanSource): ReviewField[] {
  const plan = extraction.plan as unknown as Record<string, unknown>;
  const pageOf = (line?: number) => (line === undefined ? undefined : source?.origins?.[line - 1]?.page);
  const missing: ReviewField[] = [];
  const unsure: ReviewField[] = [];
  for (const path of REVIEW_FIELDS) {
    const element = elementOf(extraction, path);
    const value = plan[path.slice(1)];
    if (value === undefined || value === null || value === "") {
      missing.push({ path, reason: "missing" });
      continue;
    }
    if (element && element.confidence < SURE) {
      const line = element.lines.start;
      const page = pageOf(line);
      unsure.push({
        path,
        reason: "unsure",
        confidence: element.confidence,
        line,
        ...(page === undefined ? {} : { page }),
      });
    }
  }
  unsure.sort((a, b) => (a.confidence ?? 0) - (b.confidence ?? 0));
  return [...missing, ...unsure];
}
