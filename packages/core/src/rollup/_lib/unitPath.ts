import { foldText } from "../../_lib/fold";
import { unitKinds } from "../../codelists/unitKinds";
import type { AdministrativeLevel } from "../../model/AdministrativeLevel";
import type { UnitKind } from "../../model/UnitKind";
import type { UnitRef } from "../../model/UnitRef";

/** One step of a unit's path from the top: its kind and name as written. */
export interface PathStep {
  readonly kind: UnitKind;
  readonly name: string;
}

const KIND = new Map(unitKinds.entries.map((k) => [k.code as string, k]));

/** The id of one step: kind and folded name ("xa:son mau"), so spellings that differ only in marks agree. */
export function stepId(step: PathStep): string {
  return `${step.kind}:${foldText(step.name)}`;
}

/** The steps from the farthest named ancestor down to the unit itself. */
export function unitSteps(unit: UnitRef): PathStep[] {
  return [...unit.parents].reverse().concat({ kind: unit.kind, name: unit.name });
}

/**
 * A unit's id as a path of its named ancestors and itself, from the top:
 * "tinh:quang ngai/huyen:son tay/xa:son mau" for xã Sơn Mầu (000:5). It needs
 * no official code, so units not found in the lists (003) still have one.
 */
export function pathId(steps: readonly PathStep[]): string {
  return steps.map(stepId).join("/");
}

/** The kind word as it stands before a name: the shortest phrasing that is not an abbreviation ("thành phố"). */
const KIND_WORD = new Map(
  unitKinds.entries.map((k) => [
    k.code as string,
    k.phrasings.filter((p) => !p.includes(".")).reduce((a, b) => (b.length < a.length ? b : a)),
  ]),
);

/** How a step is shown: the kind word and the name ("xã Sơn Mầu", "thành phố Bắc Giang"). */
export function stepLabel(step: PathStep): string {
  const word = KIND_WORD.get(step.kind);
  return word ? `${word} ${step.name}` : step.name;
}

/** The level of a kind of unit, from the unitKinds codelist. */
export function kindLevel(kind: string): AdministrativeLevel | undefined {
  return KIND.get(kind)?.level;
}
