import { formatMessage, type MessageParam } from "@parcomms/core";
import { type IoMessageCode, ioMessages } from "./ioMessages";
import type { ReadIssue } from "./ReadPlansResult";

/** The codes {@link makeReadIssue} has messages for: `io.*` and the `table.*` codes of formats' TableFormatError. */
export type ReadIssueCode = IoMessageCode;

/**
 * Numbers as JavaScript writes them ("12", "0.5"), whatever the language:
 * the params are line counts, sizes and details quoted from files.
 */
const RAW_NUMBERS = {
  render: (value: MessageParam) => (typeof value === "number" ? String(value) : undefined),
};

/** Where a {@link ReadIssue} is, beyond its file. */
export interface ReadIssuePlace {
  readonly line?: number;
  readonly path?: string;
  readonly column?: string;
}

/**
 * A reading issue (vấn đề khi đọc tệp) with its message in Vietnamese and
 * English, from the catalogue of `io.*` and `table.*` codes, each `{param}`
 * filled in. Used by {@link readPlanFiles} and by callers that read the files
 * themselves (the command line reports a missing file with it).
 *
 * @param code - a code of the catalogue, e.g. `"io.missing-file"`
 * @param file - the file concerned
 * @param params - the values of the message's placeholders
 * @param place - line, JSON Pointer path or column, when known
 * @param severity - "error" (default) or "warning"
 * @returns the issue
 * @example
 * makeReadIssue("io.missing-file", "plans/999.json").message.vi // "Không tìm thấy tệp."
 */
export function makeReadIssue(
  code: ReadIssueCode,
  file: string,
  params: Readonly<Record<string, string | number>> = {},
  place: ReadIssuePlace = {},
  severity: ReadIssue["severity"] = "error",
): ReadIssue {
  return {
    file,
    code,
    severity,
    message: {
      vi: formatMessage(ioMessages, code, params, "vi", RAW_NUMBERS),
      en: formatMessage(ioMessages, code, params, "en", RAW_NUMBERS),
    },
    ...(place.line === undefined ? {} : { line: place.line }),
    ...(place.path === undefined ? {} : { path: place.path }),
    ...(place.column === undefined ? {} : { column: place.column }),
  };
}
