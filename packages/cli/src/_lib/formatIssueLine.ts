import type { Language } from "@parcomms/core";
import type { ReadIssue } from "@parcomms/ingest";

const SEVERITY = {
  error: { vi: "lỗi", en: "error" },
  warning: { vi: "cảnh báo", en: "warning" },
  info: { vi: "ghi chú", en: "info" },
} as const;

/** Where an issue is, as editors and compilers write it: "file:line#/json/pointer", and the column. */
export function issuePlace(issue: Pick<ReadIssue, "file" | "line" | "path" | "column">): string {
  let place = issue.file;
  if (issue.line !== undefined) place += `:${issue.line}`;
  if (issue.path) place += `#${issue.path}`;
  if (issue.column !== undefined) place += ` [${issue.column}]`;
  return place;
}

/** One issue as a line for a person: "file:3#/activities/0: lỗi io.bad-json: message". */
export function formatIssueLine(
  issue: Pick<ReadIssue, "file" | "line" | "path" | "column" | "code" | "message"> & {
    readonly severity: keyof typeof SEVERITY;
  },
  language: Language,
): string {
  return `${issuePlace(issue)}: ${SEVERITY[issue.severity][language]} ${issue.code}: ${issue.message[language]}\n`;
}
