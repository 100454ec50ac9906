import type { LocalizedText } from "@parcomms/core";

/**
 * A problem with one of the user's files, shown until the next change of files.
 *
 * @example
 * const problem: FileProblem = { file: "hong.json", message: both("data.noPlans", { file: "hong.json" }), line: 1 };
 */
export interface FileProblem {
  readonly file: string;
  readonly message: LocalizedText;
  readonly line?: number;
  readonly path?: string;
  /** A note rather than a problem: the file was read, e.g. migrated from an earlier schema (`schema.migrated`). */
  readonly note?: true;
}
