import type { DocumentProgress, PlanFileInput, ReadPlansResult } from "@parcomms/ingest";
import type { DocumentAssets } from "./documentAssets";

/** Messages the page sends to the ingest worker. */
export type IngestRequest =
  | {
      /** Reads one reading (a file, or the tables of one set) with `readPlanFilesAsync`. */
      readonly type: "read";
      readonly id: number;
      readonly files: readonly PlanFileInput[];
      /** Where the document readers find their files. */
      readonly assets: DocumentAssets;
    }
  | { readonly type: "cancel"; readonly id: number };

/** Messages the ingest worker sends back. */
export type IngestResponse =
  | {
      readonly type: "progress";
      readonly id: number;
      readonly file: string;
      readonly progress: DocumentProgress;
    }
  | { readonly type: "result"; readonly id: number; readonly result: ReadPlansResult }
  | { readonly type: "failed"; readonly id: number; readonly message: string };
