import type { Era } from "@parcomms/core";

/** Options of {@link generateNationalDataset}. */
export interface GenerateNationalDatasetOptions {
  /** The era whose units get plans: "three-tier" (63 provinces, 696 districts, 10,035 communes) or "two-tier" (34 provinces, 3,321 communes). */
  readonly era: Era;
  /** Seed of the pseudo-random generator, an integer; the same options give the same dataset, byte for byte. */
  readonly seed: number;
  /** "national" (default): every unit of the era; "small": the two provinces with the fewest units and every unit below them, for tests. */
  readonly size?: "national" | "small";
  /** Share of plans, 0 to 1, that carry one planted defect (default 0.1); exactly round(share × plans) do. */
  readonly defectShare?: number;
  /** Year of the plans (default 2024 for three-tier, 2025 for two-tier); three-tier up to 2025, two-tier from 2025. */
  readonly year?: number;
  /**
   * Codes of provinces (GSO codes, "01" Hà Nội) whose units alone get plans; default every province.
   * Each plan, and each planted defect, is the same as in the whole dataset, so a browser can show one
   * province at once and generate the rest in the background.
   */
  readonly provinces?: readonly string[];
  /** Called with (plans done, plans in all) at the start, after every 1% of the plans, and at the end. */
  readonly onProgress?: (done: number, total: number) => void;
}
