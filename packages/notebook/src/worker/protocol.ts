import type { Era, Plan } from "@parcomms/core";
import type { PlanEntry } from "../data/PlanEntry";

/** The seed of the national synthetic datasets the notebook shows (the same as `pnpm generate`'s default). */
export const SYNTHETIC_SEED = 42;

/** Messages the page sends to the synthetic-data worker. */
export type WorkerRequest =
  | {
      readonly type: "generate";
      readonly era: Era;
      /** Ids of plans the first view needs: their provinces are generated first. */
      readonly first: readonly string[];
    }
  | { readonly type: "plans"; readonly requestId: number; readonly ids: readonly string[] };

/** Messages the worker sends back. */
export type WorkerResponse =
  | {
      readonly type: "start";
      readonly era: Era;
      /** GSO codes of the era's provinces, in the dataset's order (the order the picker lists them). */
      readonly provinces: readonly string[];
      /** Plans in the whole dataset. */
      readonly total: number;
    }
  | {
      /** The plans of some provinces are ready (the first batch holds the provinces the view needs). */
      readonly type: "batch";
      readonly era: Era;
      readonly chunks: readonly { readonly province: string; readonly entries: PlanEntry[] }[];
      readonly done: number;
      readonly total: number;
      /** With the first batch: its plans, so the first view draws without asking for them. */
      readonly plans?: Plan[];
    }
  | { readonly type: "ready"; readonly era: Era; readonly count: number; readonly ms: number }
  | { readonly type: "plans"; readonly requestId: number; readonly plans: Plan[] }
  | { readonly type: "failed"; readonly era?: Era; readonly requestId?: number; readonly message: string };
