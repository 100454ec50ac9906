import type { Era, Plan } from "@parcomms/core";
import { buildPlan } from "./_lib/buildPlan";
import { hashSeed } from "./_lib/hashSeed";
import { nationalPlan, type ParentFacts } from "./_lib/nationalPlan";
import { Rng } from "./_lib/Rng";
import { selectUnits } from "./_lib/selectUnits";
import { DEFECT_KINDS, type DefectKind } from "./DefectKind";
import { distributions } from "./distributions";
import type { SyntheticDataset, SyntheticDefect } from "./SyntheticDataset";

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

/** The generator's name and version, recorded in every dataset's meta. */
const GENERATED_WITH = `@parcomms/sample-data synthetic 1 (distributions ${distributions.version})`;

function checkOptions(era: Era, seed: number, share: number, year: number): void {
  if (era !== "three-tier" && era !== "two-tier") throw new RangeError(`unknown era ${JSON.stringify(era)}`);
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  if (!(share >= 0 && share <= 1)) throw new RangeError(`defectShare must be between 0 and 1, got ${share}`);
  if (!Number.isInteger(year) || year < 1945 || year > 2100)
    throw new RangeError(`year out of range: ${year}`);
  if (era === "three-tier" && year > 2025)
    throw new RangeError(`the three-tier era ended in 2025, got ${year}`);
  if (era === "two-tier" && year < 2025) throw new RangeError(`the two-tier era began in 2025, got ${year}`);
}

/** Which plans carry a defect, and which: exactly round(share × total), drawn without replacement. */
function chooseDefects(total: number, share: number, rng: Rng): Map<number, DefectKind> {
  const order = Array.from({ length: total }, (_, i) => i);
  const count = Math.round(share * total);
  const chosen = new Map<number, DefectKind>();
  for (let i = 0; i < count; i++) {
    const j = rng.int(i, total - 1);
    const picked = order[j] as number;
    order[j] = order[i] as number;
    order[i] = picked;
    chosen.set(picked, rng.pick(DEFECT_KINDS));
  }
  return chosen;
}

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
  const { era, seed, size = "national", defectShare = 0.1, onProgress } = options;
  const year = options.year ?? (era === "three-tier" ? 2024 : 2025);
  checkOptions(era, seed, defectShare, year);
  const visits = selectUnits(era, size);
  const key = `${seed}|${era}|${year}`;
  const defectsAt = chooseDefects(visits.length, defectShare, new Rng(hashSeed(`${key}|${size}|defects`)));
  const only = options.provinces ? new Set(options.provinces) : undefined;
  const chosen = only ? visits.filter((visit) => only.has(visit.province)) : visits;
  const total = chosen.length;
  const national = nationalPlan(year);
  const facts = new Map<string, ParentFacts>();
  const plans: Plan[] = [];
  const defects: SyntheticDefect[] = [];
  const step = Math.max(1, Math.floor(total / 100));
  onProgress?.(0, total);
  let done = 0;
  visits.forEach((visit, i) => {
    if (only && !only.has(visit.province)) return;
    const { unit } = visit;
    const parent = unit.parent ? facts.get(unit.parent.code) : national;
    if (!parent) throw new Error(`unit ${unit.code.code} visited before its parent ${unit.parent?.code}`);
    const defect = defectsAt.get(i);
    const built = buildPlan({
      unit,
      era,
      seed,
      year,
      rng: new Rng(hashSeed(`${key}|${unit.code.code}`)),
      parent,
      parents: visit.parents,
      childKinds: visit.childKinds,
      defect,
    });
    if (visit.childKinds.size > 0) facts.set(unit.code.code, built.facts);
    plans.push(built.plan);
    if (defect && built.defectPath !== undefined) {
      defects.push({ planId: built.plan.id, defect, path: built.defectPath });
    }
    done += 1;
    if (done % step === 0 || done === total) onProgress?.(done, total);
  });
  return { plans, defects, meta: { era, seed, size, year, defectShare, generatedWith: GENERATED_WITH } };
}
