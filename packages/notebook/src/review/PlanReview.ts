/**
 * A person's review (rà soát) of one draft plan read from a document: the
 * header fields accepted as read, and those corrected, with the value the
 * person typed (applied by {@link applyReview}). Kept with the file in
 * IndexedDB, so the corrected plan comes back on the next visit.
 *
 * @example
 * const review: PlanReview = { accepted: ["/title", "/number"], corrected: { "/period": "2025" } };
 */
export interface PlanReview {
  /** JSON Pointers of the fields accepted as read ("/title"). */
  readonly accepted: readonly string[];
  /** Corrected fields: JSON Pointer → the value as typed ("/unit" → "xã Gia Tân"). */
  readonly corrected: Readonly<Record<string, string>>;
}
