import type { Language, Plan } from "@parcomms/core";
import type { DataStore } from "../data/DataStore";
import type { PlanEntry } from "../data/PlanEntry";
import type { NotebookState } from "../state/NotebookState";

/** What every section reads when it updates. */
export interface Context {
  readonly language: Language;
  readonly state: NotebookState;
  readonly store: DataStore;
  /** Entries of everything open. */
  readonly entries: readonly PlanEntry[];
  /** The chosen plans' entries, in the order chosen. */
  readonly selected: readonly PlanEntry[];
  /** The chosen plans, in the same order. */
  readonly plans: readonly Plan[];
  /** The plans the chosen ones are compared with for peer gaps. */
  readonly peers: readonly Plan[];
  /** Changes the state (and the URL); the notebook updates every section. */
  readonly set: (patch: Partial<NotebookState>) => void;
}

/** A section: its element, built once per language, and how it updates. */
export interface Section {
  readonly element: HTMLElement;
  /** Drawn only once scrolled near (its data loads lazily), so the first view stays small. */
  readonly lazy?: boolean;
  /** What the result depends on, as a string: an update whose key equals the last drawn one is skipped. */
  key?(context: Context): string;
  update(context: Context): void | Promise<void>;
}
