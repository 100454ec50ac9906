import { type AdminUnit, type UnitKind, unitKinds } from "@parcomms/core";

/**
 * The word a plan writes before a unit's name, from the unitKinds codelist:
 * its shortest lower-case phrasing that is not an abbreviation ("thành phố"
 * for both kinds of city, "thị xã", "xã").
 */
const KIND_WORDS = new Map<string, string>(
  unitKinds.entries.map((entry) => {
    const words = entry.phrasings.filter((p) => p === p.toLowerCase() && !p.includes("."));
    const shortest = [...words].sort((a, b) => a.length - b.length)[0] ?? entry.label.vi;
    return [entry.code, shortest];
  }),
);

/** The kind word of a unit kind: "huyện", "thành phố", "xã". */
export function kindWord(kind: UnitKind): string {
  return KIND_WORDS.get(kind) ?? kind;
}

/** A unit as plans name it: "huyện Sơn Tây". */
export function unitLabel(unit: AdminUnit): string {
  return `${kindWord(unit.kind)} ${unit.name}`;
}

/** The People's Committee of a unit as plans cite it: "UBND huyện Sơn Tây". */
export function committeeName(unit: AdminUnit): string {
  return `UBND ${unitLabel(unit)}`;
}

/** The kind words of a set of unit kinds, in codelist order: "xã, phường, thị trấn". */
export function kindWords(kinds: ReadonlySet<UnitKind>): string {
  return unitKinds.entries
    .filter((entry) => kinds.has(entry.code))
    .map((entry) => kindWord(entry.code))
    .filter((word, i, all) => all.indexOf(word) === i)
    .join(", ");
}
