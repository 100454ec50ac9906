/**
 * One of the user's files as loaded: its name, size and the ids of the plans read from it.
 *
 * @example
 * const file: OwnFile = { name: "tl.json", size: 5120, planIds: ["004_f3b844502d811123"], drafts: 0, stored: true };
 */
export interface OwnFile {
  readonly name: string;
  readonly size: number;
  readonly planIds: string[];
  /** How many of its plans are drafts extracted from text (.txt, .docx). */
  readonly drafts: number;
  /** False when the browser refused to keep it (it is then lost on reload). */
  readonly stored: boolean;
}
