import type { Era, Plan } from "@parcomms/core";
import type { DefectKind } from "./DefectKind";

/** A defect planted in a synthetic plan, with the JSON Pointer of the value that carries it. */
export interface SyntheticDefect {
  /** Id of the plan (`syn-…`). */
  readonly planId: string;
  /** What kind of defect. */
  readonly defect: DefectKind;
  /** JSON Pointer (RFC 6901) into the plan: where `validatePlan` reports it. */
  readonly path: string;
}

/**
 * A generated national dataset of synthetic plans (bộ dữ liệu giả lập toàn
 * quốc): one plan per administrative unit of an era, the defects planted in
 * them, and how it was made.
 *
 * @example
 * const { plans, defects, meta } = generateNationalDataset({ era: "two-tier", seed: 1, size: "small" });
 * plans.every((p) => p.provenance.synthetic) // true
 * meta.generatedWith // "@parcomms/sample-data synthetic 2 (distributions 2026.1)"
 */
export interface SyntheticDataset {
  /** The plans, each parent before its children (province, its districts, each followed by its communes). */
  readonly plans: readonly Plan[];
  /** Every planted defect, in the order of the plans. */
  readonly defects: readonly SyntheticDefect[];
  /** The options the dataset was made with, resolved, and the generator's version. */
  readonly meta: {
    readonly era: Era;
    readonly seed: number;
    readonly size: "national" | "small";
    readonly year: number;
    readonly defectShare: number;
    readonly generatedWith: string;
  };
}
