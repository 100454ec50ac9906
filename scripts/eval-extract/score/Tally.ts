/**
 * Counts for one measure: true positives, false positives (extracted but not
 * in the answer key) and false negatives (in the answer key, not extracted).
 * Accuracy measures (header fields, section counts) count a right field as
 * a true positive and a wrong one as a false negative, with no false positives.
 */
export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1 of a tally. */
export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** An empty tally. */
export function emptyTally(): Tally {
  return { tp: 0, fp: 0, fn: 0 };
}

/** Adds `b` into `a` (micro-averaging) and returns `a`. */
export function addTally(a: Tally, b: Tally): Tally {
  a.tp += b.tp;
  a.fp += b.fp;
  a.fn += b.fn;
  return a;
}

/**
 * Precision, recall and F1 of a tally. With nothing expected and nothing
 * extracted all three are 1 (nothing to find, nothing wrong); otherwise an
 * empty denominator gives 0.
 *
 * @example
 * prf({ tp: 9, fp: 1, fn: 0 }) // { precision: 0.9, recall: 1, f1: 0.947… }
 */
export function prf(t: Tally): Prf {
  if (t.tp + t.fp + t.fn === 0) return { precision: 1, recall: 1, f1: 1 };
  const precision = t.tp + t.fp === 0 ? 0 : t.tp / (t.tp + t.fp);
  const recall = t.tp + t.fn === 0 ? 0 : t.tp / (t.tp + t.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
