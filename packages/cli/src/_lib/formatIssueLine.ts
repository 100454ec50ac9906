import { formatMessage, type Language } from "@parcomms/core";
import type { ReadIssue } from "@parcomms/ingest";

import { commonMessages } from "./messages/commonMessages";

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
    readonly severity: "error" | "warning" | "info";
  },
  language: Language,
): string {
  const severity = formatMessage(commonMessages, `cli.severity.${issue.severity}`, {}, language);
  return `${issuePlace(issue)}: ${severity} ${issue.code}: ${issue.message[language]}\n`;
}
