/**
 * One of the user's files as loaded: its name, size and the ids of the plans
 * read from it. A set of table files (`plans.parquet`, `activities.parquet` …)
 * is read and listed as one, under the name of its plans table, with every
 * file of the set in `members`.
 *
 * @example
 * const file: OwnFile = { name: "tl.json", size: 5120, planIds: ["004_f3b844502d811123"], drafts: 0, stored: true, members: ["tl.json"] };
 */
export interface OwnFile {
  readonly name: string;
  readonly size: number;
  readonly planIds: string[];
  /** How many of its plans are drafts extracted from text (.txt, .docx). */
  readonly drafts: number;
  /** False when the browser refused to keep it (it is then lost on reload). */
  readonly stored: boolean;
  /** The files read together as this one (a table set); just its own name otherwise. */
  readonly members: readonly string[];
}
