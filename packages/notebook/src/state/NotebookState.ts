import type { AdministrativeLevel, Era, Language } from "@parcomms/core";

/** A dataset the notebook can open besides the user's own files. */
export type DatasetId = "real" | "syn3" | "syn2";

/** Everything a view of the notebook depends on; it round-trips through the URL. */
export interface NotebookState {
  readonly language: Language;
  /** Datasets open, in display order; the user's own files are always open. */
  readonly datasets: readonly DatasetId[];
  /** Ids of the chosen plans, in the order chosen. */
  readonly selected: readonly string[];
  /** Unit filters: the search text, a province key, a level and an era ("" = any). */
  readonly query: string;
  readonly province: string;
  readonly level: AdministrativeLevel | "";
  readonly era: Era | "";
  /** The plan opened in full, or "" for none. */
  readonly plan: string;
  /** The parent unit of the completeness section, "era:code", or "" for the default. */
  readonly parent: string;
}

/** The state of a first visit: Vietnamese, the five real plans, all of them chosen. */
export const DEFAULT_STATE: NotebookState = {
  language: "vi",
  datasets: ["real"],
  selected: [],
  query: "",
  province: "",
  level: "",
  era: "",
  plan: "",
  parent: "",
};
