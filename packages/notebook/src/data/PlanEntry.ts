import type { AdministrativeLevel, Era } from "@parcomms/core";

/** Where a plan in the notebook comes from. */
export type PlanOrigin = "real" | "synthetic" | "own";

/**
 * What the unit picker needs to know of one plan, without the plan itself: the
 * synthetic dataset keeps its ~10,800 plans in a worker and sends only these.
 */
export interface PlanEntry {
  /** The plan's id, unique in the open data. */
  readonly id: string;
  readonly origin: PlanOrigin;
  /** The unit with its kind word ("xã Sơn Mầu"). */
  readonly unit: string;
  /** groupPlans "unit" key: the path of kinds and folded names from the top. */
  readonly unitKey: string;
  /** groupPlans "province" key ("tinh:quang ngai"), or "(none)". */
  readonly provinceKey: string;
  /** The province with its kind word, or "" when the plan names none. */
  readonly province: string;
  /** The plan's tier; undefined for a draft that states no unit and no tier (shown "(chưa rõ)"). */
  readonly level: AdministrativeLevel | undefined;
  /** The plan's era; undefined when neither its unit nor its period says. */
  readonly era: Era | undefined;
  /** First year of the plan's period; undefined for a draft that states no period (never guessed). */
  readonly year: number | undefined;
  /** The unit's official code in its era, when known. */
  readonly code?: string;
  /** Folded unit name, official name and province, for search. */
  readonly search: string;
  /** For own files: the file it was read from. */
  readonly file?: string;
  /** A draft extracted from a plan's text (.txt, .docx): to be reviewed, never taken as read. */
  readonly draft?: boolean;
}
