import type { Era, Plan } from "@parcomms/core";
import type { AdminUnitTable } from "../../units/AdminUnitTable";
import { DEFECT_KINDS, type DefectKind } from "../DefectKind";
import { distributions } from "../distributions";
import type { GenerateNationalDatasetOptions } from "../GenerateNationalDatasetOptions";
import type { SyntheticDataset, SyntheticDefect } from "../SyntheticDataset";
import { buildPlan } from "./buildPlan";
import { hashSeed } from "./hashSeed";
import { nationalPlan, type ParentFacts } from "./nationalPlan";
import { Rng } from "./Rng";
import { selectUnits } from "./selectUnits";

/** The generator's name and version, recorded in every dataset's meta. */
const GENERATED_WITH = `@parcomms/sample-data synthetic 2 (distributions ${distributions.version})`;

/** Throws a RangeError for an option out of range. */
export function checkOptions(era: Era, seed: number, share: number, year: number): void {
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

/** The plans' year: the option, else 2024 for three-tier and 2025 for two-tier. */
export function yearOf(options: GenerateNationalDatasetOptions): number {
  return options.year ?? (options.era === "three-tier" ? 2024 : 2025);
}

/** The dataset of {@link GenerateNationalDatasetOptions} over an era's unit table (options already checked). */
export function generateDataset(
  table: AdminUnitTable,
  options: GenerateNationalDatasetOptions,
): SyntheticDataset {
  const { era, seed, size = "national", defectShare = 0.1, onProgress } = options;
  const year = yearOf(options);
  const visits = selectUnits(table, size);
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
