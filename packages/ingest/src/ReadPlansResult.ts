import type { DocumentKind, LocalizedText, Plan, ValidationIssue } from "@parcomms/core";
import type { PlanExtraction } from "@parcomms/core/extract";
import type { LineOrigin } from "./documents/DocumentText";

/** One input file: its name (a path, used for the format and in messages) and its bytes. */
export interface PlanFileInput {
  /** File name or path as the user gave it ("data/plans/003_c2f82bd70c212939.json"); `/` or `\` separate folders. */
  readonly name: string;
  /** The file's content. */
  readonly bytes: Uint8Array;
}

/**
 * The formats {@link readPlanFiles} reads: plan JSON, JSON Lines, the CSV,
 * Arrow or Parquet tables of @parcomms/formats, and a plan's own text, plain (`text`, .txt) or
 * a Word document (`docx`, read by {@link readPlanFilesAsync} only), made into
 * a draft by core's `extractPlan`.
 */
export type PlanFileFormat =
  | "json"
  | "jsonl"
  | "csv"
  | "arrow"
  | "parquet"
  | "text"
  | "docx"
  | "pdf"
  | "image"
  | "doc"
  | "odt"
  | "rtf";

/** Where a plan was read from (nguồn): the file and, when the file holds several, its place in it. */
export interface PlanSource {
  /** The input's name; for tables, the `plans.csv` / `plans.arrow` file of the set. */
  readonly file: string;
  /** The format the file was read as. */
  readonly format: PlanFileFormat;
  /** Line (1-based) of a JSON Lines file. */
  readonly line?: number;
  /** JSON Pointer of the plan inside a JSON file: `""` for a file holding one plan, `"/2"` for the third of an array. */
  readonly path?: string;
  /**
   * For a document with pages (PDF, scans): where each line of the read text came from, `origins[i]` for
   * line i + 1: page, line on the page and, for OCR, the line's confidence.
   */
  readonly origins?: readonly (LineOrigin | undefined)[];
  /** For a document with pages: how many were read. */
  readonly pages?: number;
}

/** A plan that was read, with its source. */
export interface ReadPlan {
  readonly plan: Plan;
  readonly source: PlanSource;
  /**
   * With `validate: true`: every issue core's `validatePlan` finds in the plan
   * as it was in the file (paths relative to the plan; keys the model does not
   * define are reported here, and left out of `plan`).
   */
  readonly validation?: ValidationIssue[];
  /**
   * For a plan's text (.txt, .docx): what `extractPlan` returned, the draft
   * (the same object as `plan`), where each element was read (JSON Pointer,
   * lines, confidence 0..1) and its issues; its `documentKind` is `plan`, or
   * `decision-with-plan` for a decision that issues the plan (its header in
   * `decision`).
   */
  readonly extraction?: PlanExtraction;
  /**
   * For a plan's text: the text the draft was read from, which line numbers
   * count in (for a .docx, the raw text of its paragraphs, each followed by a
   * blank line).
   */
  readonly text?: string;
}

/**
 * A problem met while reading (vấn đề khi đọc tệp): a stable code, the file,
 * the place in it (line for JSON Lines and CSV, JSON Pointer path inside a
 * plan or a JSON file) and the message in Vietnamese and English. Codes are
 * `io.*` (the file itself), `table.*` (the CSV/Arrow tables, from
 * sample-data's `TableFormatError`) and `structure.*` (a value that is not a
 * plan, from core's `validatePlan`) and `extract.*` (what core's
 * `extractPlan` met in a plan's text, with its first line).
 */
export interface ReadIssue {
  readonly file: string;
  readonly code: string;
  /**
   * "error": nothing (or not everything) could be read; "warning": read, but
   * look at it; "info": a remark (only from a plan's text, e.g. no number line).
   */
  readonly severity: "error" | "warning" | "info";
  readonly message: LocalizedText;
  /** Line, 1-based. */
  readonly line?: number;
  /** JSON Pointer (RFC 6901) from the root of the file's JSON value, or of the JSON Lines line. */
  readonly path?: string;
  /** Column of a table. */
  readonly column?: string;
}

/**
 * A text (.txt, .docx) that was read but is not a plan to compare (văn bản
 * không phải kế hoạch): a text about a plan (`about-plan`: a news item, a
 * report, a letter, whose `extraction.mentions` are the plans it names) or
 * another text (`other`). What was read is kept, so that a caller can show
 * it; its file also has an `io.about-plan` (or `io.about-plan-unnamed`)
 * warning, or an `io.not-a-plan` error.
 *
 * @example
 * const doc: ReadDocument = { source: { file: "tin-bai.txt", format: "text" }, documentKind: "about-plan", extraction, text };
 * doc.extraction.mentions[0]?.symbol // "KH-UBND"
 */
export interface ReadDocument {
  readonly source: PlanSource;
  /** What the text is, as `extractPlan` read it; never `plan` or `decision-with-plan`, which are plans. */
  readonly documentKind: Exclude<DocumentKind, "plan" | "decision-with-plan">;
  /** What `extractPlan` returned: `mentions` above all; its `plan` is not a plan to compare. */
  readonly extraction: PlanExtraction;
  /** The text read (for a .docx, the raw text of its paragraphs, one a line). */
  readonly text: string;
}

/**
 * What {@link readPlanFiles} and {@link readPlanFilesAsync} return: the plans
 * read, the texts read that are not plans (`documents`), each in input order,
 * and every problem met.
 */
export interface ReadPlansResult {
  readonly plans: ReadPlan[];
  /** Texts read that are not plans: about a plan, or other (see {@link ReadDocument}). */
  readonly documents: ReadDocument[];
  readonly issues: ReadIssue[];
}
