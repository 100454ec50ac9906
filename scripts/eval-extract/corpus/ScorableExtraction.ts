import type { LegalReference, PartialDate } from "@parcomms/core";

/**
 * What `scoreDocument` reads of an extraction: the shape of `PlanExtraction`
 * (`@parcomms/core/extract`) with every part optional, so that a draft that
 * leaves its header blank, and an extractor that failed (`{}`), score too.
 */
export interface ScorableExtraction {
  readonly documentKind?: string;
  readonly plan?: {
    readonly number?: unknown;
    readonly symbol?: string;
    readonly issueDate?: PartialDate;
    readonly issuer?: { readonly body: string; readonly level?: string };
    readonly unit?: { readonly name: string; readonly level: string };
    readonly period?: { readonly start: string; readonly end: string; readonly horizon?: number };
    readonly title?: string;
    readonly references?: readonly LegalReference[];
  };
  readonly decision?: {
    readonly number?: string;
    readonly symbol?: string;
    readonly issueDate?: PartialDate;
  };
  readonly mentions?: readonly {
    readonly number?: string;
    readonly symbol?: string;
    readonly raw?: string;
  }[];
  readonly elements?: readonly { readonly path: string; readonly confidence: number }[];
}
