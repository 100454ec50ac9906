import { REVIEW_FIELDS, type ReviewRow } from "@parcomms/ingest";
import type { PlanReview } from "./PlanReview";
import type { QueueRow, QueueStatus } from "./QueueRow";

/** Options of {@link reviewQueue}. */
export interface ReviewQueueOptions {
  /** Order by confidence, least sure first ("ascending") or surest first; rows without one last. Default: file order. */
  readonly sort?: "ascending" | "descending";
  /** Only the rows that need a person: drafts not fully reviewed and files with errors. Default false. */
  readonly needsReview?: boolean;
}

/**
 * The review queue (hàng chờ rà soát) as the notebook shows it: ingest's rows
 * (one a file, from `reviewRows`) with each file's review: its status, the
 * fields still to check, optionally sorted by confidence and filtered to the
 * rows that need a person.
 *
 * @param rows - `reviewRows` of the files, computed on the reviewed plans
 * @param reviews - the person's review of each file, by file name
 * @param options - see {@link ReviewQueueOptions}
 * @returns the rows to show
 * @example
 * reviewQueue(rows, new Map([["003.txt", { accepted: [...REVIEW_FIELDS], corrected: {} }]]))[0]?.status // "reviewed"
 */
export function reviewQueue(
  rows: readonly ReviewRow[],
  reviews: ReadonlyMap<string, PlanReview>,
  options: ReviewQueueOptions = {},
): QueueRow[] {
  let queue = rows.map((row): QueueRow => {
    const review = reviews.get(row.file);
    const isDecided = (path: string) =>
      review !== undefined && (review.accepted.includes(path) || review.corrected[path] !== undefined);
    const decided = row.planId === undefined ? 0 : REVIEW_FIELDS.filter(isDecided).length;
    const status: QueueStatus =
      row.planId !== undefined
        ? decided === REVIEW_FIELDS.length
          ? "reviewed"
          : "to-review"
        : row.documentKind !== undefined
          ? "not-a-plan"
          : "unreadable";
    return { ...row, fieldsToCheck: row.fieldsToCheck.filter((f) => !isDecided(f.path)), status, decided };
  });
  if (options.needsReview)
    queue = queue.filter(
      (row) => row.status === "to-review" || row.status === "unreadable" || row.errors > 0,
    );
  const sort = options.sort;
  if (sort) {
    const sign = sort === "ascending" ? 1 : -1;
    queue = queue
      .map((row, index) => ({ row, index }))
      .sort((a, b) => {
        const x = a.row.confidence;
        const y = b.row.confidence;
        if (x === undefined || y === undefined)
          return (x === undefined ? 1 : 0) - (y === undefined ? 1 : 0) || a.index - b.index;
        return sign * (x - y) || a.index - b.index;
      })
      .map(({ row }) => row);
  }
  return queue;
}
