import type { Plan } from "@parcomms/core";
import { eraUnitTable } from "../units/_tables";
import { checkOptions, generateDataset, yearOf } from "./_lib/generateDataset";
import type { GenerateNationalDatasetOptions } from "./GenerateNationalDatasetOptions";
import type { SyntheticDataset } from "./SyntheticDataset";

/**
 * Generates a seeded national dataset of synthetic plans for communicating
 * administrative reform (bộ dữ liệu kế hoạch tuyên truyền CCHC giả lập): one
 * valid {@link Plan} per administrative unit of an era, drawn from the
 * distributions learned from the five real plans (`distributions.ts`), each
 * citing its parent unit's plan (issued earlier) as its parent plan, with a
 * share of them carrying realistic defects that `validatePlan` finds.
 * Every plan says it is synthetic: ids start with `syn-`, provenance is
 * `{ document: "synthetic:<era>:<seed>", method: "synthetic", synthetic: true }`.
 * Parts that repeat across plans (offices, assignee groups, timeframes,
 * assignees, wordings) are shared between plans and frozen: treat the plans
 * as read-only, or copy them (`Plan.parse`) before changing them.
 *
 * @param options - see {@link GenerateNationalDatasetOptions}
 * @returns the plans (parents first), the planted defects with their JSON Pointers, and the meta
 * @throws RangeError when an option is out of range
 * @example
 * const data = generateNationalDataset({ era: "three-tier", seed: 7, size: "small" });
 * data.plans[0]?.id // "syn-7-3t-2024-48" (thành phố Đà Nẵng)
 * data.defects.length / data.plans.length // ≈ 0.1
 */
export function generateNationalDataset(options: GenerateNationalDatasetOptions): SyntheticDataset {
  checkOptions(options.era, options.seed, options.defectShare ?? 0.1, yearOf(options));
  return generateDataset(eraUnitTable(options.era), options);
}
