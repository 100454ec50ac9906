import { loadAdminUnits } from "../units/loadAdminUnits";
import { checkOptions, generateDataset, yearOf } from "./_lib/generateDataset";
import type { GenerateNationalDatasetOptions } from "./GenerateNationalDatasetOptions";
import type { SyntheticDataset } from "./SyntheticDataset";

/**
 * {@link generateNationalDataset} for browsers and workers: the same dataset,
 * byte for byte, but the era's unit list is loaded on demand through
 * {@link loadAdminUnits} (without the successor table, which plans do not
 * use), so a bundle that generates three-tier plans holds no two-tier list and
 * no successor table.
 *
 * @param options - see {@link GenerateNationalDatasetOptions}
 * @returns the plans (parents first), the planted defects with their JSON Pointers, and the meta
 * @throws RangeError (the promise rejects) when an option is out of range
 * @example
 * const data = await generateNationalDatasetAsync({ era: "three-tier", seed: 42, provinces: ["51"] });
 * data.plans[0]?.id // "syn-42-3t-2024-51" (tỉnh Quảng Ngãi)
 */
export async function generateNationalDatasetAsync(
  options: GenerateNationalDatasetOptions,
): Promise<SyntheticDataset> {
  checkOptions(options.era, options.seed, options.defectShare ?? 0.1, yearOf(options));
  return generateDataset(await loadAdminUnits(options.era, { successors: false }), options);
}
