import { makeReadIssue } from "../makeReadIssue";
import type { ReadIssue } from "../ReadPlansResult";

/** How many issues of one file are listed; past it they are only counted (one `io.more-issues`). */
export const ISSUES_LISTED_PER_FILE = 100;

/**
 * A file's issues, listed up to a cap and counted past it, so a file of
 * millions of bad values (a 50 MB JSON array of numbers) holds a bounded
 * list in memory; `list()` ends with one `io.more-issues` warning giving how
 * many were left out.
 */
export class IssueCap {
  private readonly kept: ReadIssue[] = [];
  private more = 0;

  constructor(
    private readonly file: string,
    private readonly limit = ISSUES_LISTED_PER_FILE,
  ) {}

  /** Whether the cap is reached: a caller may then count an issue without building it. */
  get full(): boolean {
    return this.kept.length >= this.limit;
  }

  add(issue: ReadIssue): void {
    if (this.full) this.more += 1;
    else this.kept.push(issue);
  }

  /** Counts `n` issues that were not built (the cap being reached). */
  count(n = 1): void {
    this.more += n;
  }

  list(): ReadIssue[] {
    if (this.more === 0) return this.kept;
    const note = makeReadIssue(
      "io.more-issues",
      this.file,
      { count: this.more, listed: this.kept.length },
      {},
      "warning",
    );
    return [...this.kept, note];
  }
}
