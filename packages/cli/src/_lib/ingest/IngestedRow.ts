import type { ReviewRow } from "@parcomms/ingest";

/**
 * A row of the review queue of `parcomms ingest` (review.json): the file's
 * `ReviewRow`, the SHA-256 of its content, and whether it was read in this
 * run (`read`), read in an earlier one (`skipped`), or holds the same bytes
 * as another file of this run (`copy`, `sameAs` that file).
 */
export interface IngestedRow extends ReviewRow {
  /** Absent when the file could not be read from disk. */
  readonly sha256?: string;
  readonly status: "read" | "skipped" | "copy";
  readonly sameAs?: string;
}
