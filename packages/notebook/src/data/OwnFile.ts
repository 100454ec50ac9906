import type { DocumentKind, IssuingDecision, PlanMention } from "@parcomms/core";

/**
 * One of the user's files as loaded: its name, size and the ids of the plans
 * read from it. A set of table files (`plans.parquet`, `activities.parquet` …)
 * is read and listed as one, under the name of its plans table, with every
 * file of the set in `members`. A text (.txt, .docx) says what kind of
 * document it is: a plan or a decision issuing one gives a draft plan; a text
 * about a plan gives none, but keeps the plans it names (`mentions`); another
 * text gives none and is listed with its problem.
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
  /** For a text (.txt, .docx): the kind of document `extractPlan` read it as. */
  readonly documentKind?: DocumentKind;
  /** For a decision issuing a plan (`decision-with-plan`): the decision's number, date and summary. */
  readonly decision?: IssuingDecision;
  /** For a text about a plan (`about-plan`): the plans it names, never added to comparisons. */
  readonly mentions?: readonly PlanMention[];
}
