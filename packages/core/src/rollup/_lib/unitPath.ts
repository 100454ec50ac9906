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

const FOLDED = new Map<string, string>();

/** A unit name folded (`foldText`), remembered: the same few thousand names recur in every rollup. */
export function foldedName(name: string): string {
  let folded = FOLDED.get(name);
  if (folded === undefined) {
    folded = foldText(name);
    if (FOLDED.size >= 65_536) FOLDED.clear();
    FOLDED.set(name, folded);
  }
  return folded;
}

/** The steps from the farthest named ancestor down to the unit itself. */
export function unitSteps(unit: UnitRef): PathStep[] {
  return [...unit.parents].reverse().concat({ kind: unit.kind, name: unit.name });
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
