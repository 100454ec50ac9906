import { tableToCsv } from "@parcomms/analytics";
import type { ReviewField } from "@parcomms/ingest";
import type { IngestedRow } from "./IngestedRow";

const COLUMNS = [
  "file",
  "kind",
  "unit",
  "level",
  "year",
  "number",
  "title",
  "confidence",
  "errors",
  "warnings",
  "issues",
  "fields_to_check",
  "sha256",
  "status",
] as const;

/** A field to check as a cell: "/title: missing", "/unit: 0.60 (p.1 l.3)". */
function fieldText(field: ReviewField): string {
  if (field.reason === "missing") return `${field.path}: missing`;
  const place = [
    field.page === undefined ? "" : `p.${field.page}`,
    field.line === undefined ? "" : `l.${field.line}`,
  ]
    .filter(Boolean)
    .join(" ");
  const confidence = field.confidence === undefined ? "unsure" : field.confidence.toFixed(2);
  return `${field.path}: ${confidence}${place ? ` (${place})` : ""}`;
}

/**
 * The review queue as CSV for a spreadsheet (review.csv): UTF-8 with a BOM
 * and CRLF line ends (so Excel reads Vietnamese and the rows right), one row
 * a file, columns file, kind, unit, level, year, number, title, confidence,
 * errors, warnings, issues (codes joined by "; "), fields_to_check
 * ("/title: missing; /unit: 0.60 (p.1 l.3)"), sha256, status. Column names
 * and codes stay in English whatever the language: the file is data.
 *
 * @param rows - the rows, in input order
 * @returns the CSV text
 * @example
 * reviewCsv([{ file: "003.txt", documentKind: "plan", unit: "Gia Tân", errors: 0, warnings: 1, issueCodes: ["extract.x"], fieldsToCheck: [], status: "read" }])
 * // "\uFEFFfile,kind,unit,…\r\n003.txt,plan,Gia Tân,…\r\n"
 */
export function reviewCsv(rows: readonly IngestedRow[]): string {
  return tableToCsv(
    {
      columns: COLUMNS.map((key) => ({ key, label: key })),
      rows: rows.map((row) => ({
        file: row.file,
        kind: row.documentKind,
        unit: row.unit,
        level: row.level,
        year: row.year,
        number: row.number,
        title: row.title,
        confidence: row.confidence === undefined ? undefined : Math.round(row.confidence * 100) / 100,
        errors: row.errors,
        warnings: row.warnings,
        issues: row.issueCodes.join("; "),
        fields_to_check: row.fieldsToCheck.map(fieldText).join("; "),
        sha256: row.sha256,
        status: row.status === "copy" && row.sameAs ? `copy of ${row.sameAs}` : row.status,
      })),
    },
    { bom: true, lineEnd: "\r\n" },
  );
}
