import type { DocumentKind } from "@parcomms/core";

/** A header field a person may need to check, and why. */
export interface ReviewField {
  /** JSON Pointer of the field in the plan ("/title", "/unit", "/period", "/number", "/issueDate", "/issuer"). */
  readonly path: string;
  /** "missing": the text does not state it (left blank); "unsure": read with confidence below 0.8. */
  readonly reason: "missing" | "unsure";
  /** The confidence it was read with (absent when missing). */
  readonly confidence?: number;
  /** The first line it was read from (or should be), 1-based, in the read text. */
  readonly line?: number;
  /** The page of that line, for a document with pages. */
  readonly page?: number;
}

/**
 * One row of the review queue (hàng chờ rà soát): one input file, what it was
 * read as, its key header values, how sure the reading is, its issues, and
 * the fields that most need a person's eye, worst first.
 */
export interface ReviewRow {
  readonly file: string;
  /** `plan`, `decision-with-plan`, `about-plan`, `other`; absent when nothing could be read (see `issues`). */
  readonly documentKind?: DocumentKind;
  /** How the text was obtained: the source's format ("pdf", "image", "docx" …). */
  readonly format?: string;
  /** The plan's id when a plan was read. */
  readonly planId?: string;
  readonly unit?: string;
  readonly level?: string;
  /** The period's first year. */
  readonly year?: string;
  /** Number and symbol as cited: "15/KH-UBND". */
  readonly number?: string;
  readonly title?: string;
  /** The lowest confidence among the header fields that were read, 0..1 (absent when none was). */
  readonly confidence?: number;
  /** Count of the file's issues by severity. */
  readonly errors: number;
  readonly warnings: number;
  /** The codes of the file's issues, each once, errors first. */
  readonly issueCodes: readonly string[];
  /** The header fields to check, worst first: missing ones, then the least sure. */
  readonly fieldsToCheck: readonly ReviewField[];
}
