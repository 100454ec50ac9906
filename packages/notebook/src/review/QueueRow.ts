import type { ReviewRow } from "@parcomms/ingest";

/**
 * Where a file stands in the review queue: `to-review` (a draft plan with
 * header fields not yet accepted or corrected), `reviewed` (every header field
 * accepted or corrected), `not-a-plan` (a text about a plan, or another text:
 * nothing to compare), `unreadable` (nothing read: see its issues).
 */
export type QueueStatus = "to-review" | "reviewed" | "not-a-plan" | "unreadable";

/**
 * One row of the notebook's review queue: ingest's {@link ReviewRow} of the
 * file with the person's review applied (values of the corrected plan, fields
 * already decided left out of `fieldsToCheck`) and its status.
 *
 * @example
 * const row: QueueRow = { file: "003.txt", documentKind: "plan", errors: 0, warnings: 0, issueCodes: [], fieldsToCheck: [], status: "reviewed", decided: 6 };
 */
export interface QueueRow extends ReviewRow {
  readonly status: QueueStatus;
  /** How many of the six header fields a person has accepted or corrected. */
  readonly decided: number;
}
