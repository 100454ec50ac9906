import { foldText } from "../../_lib/fold";

/** A well-known Vietnamese short form of a unit's name, kind word included ("TPHCM"). */
export interface UnitShortForm {
  /** The official name it stands for, one of `CENTRAL_CITIES` ("Hồ Chí Minh"): its kind is decided as for that name. */
  readonly name: string;
  /** The ways it is written; compared folded, so case, dots and tone marks do not matter beyond these. */
  readonly forms: readonly string[];
}

/**
 * The short forms that Vietnamese documents and web pages use for the two
 * largest cities, with their kind word fused in or abbreviated: the only
 * unit names written without their own words. Kept small on purpose: a
 * short form that could name two units ("TT Huế": the former province
 * Thừa Thiên Huế, or the city?) is not here, and English forms ("HCM
 * City") are not Vietnamese names. Every other unit is read from its kind
 * word and its name.
 *
 * | short form | unit |
 * |---|---|
 * | TPHCM, TP.HCM, TP. HCM, TP HCM, HCM | thành phố Hồ Chí Minh |
 * | HN, TPHN, TP.HN, TP. HN, TP HN | thành phố Hà Nội |
 */
export const UNIT_SHORT_FORMS: readonly UnitShortForm[] = [
  { name: "Hồ Chí Minh", forms: ["TPHCM", "TP.HCM", "TP. HCM", "TP HCM", "HCM"] },
  { name: "Hà Nội", forms: ["HN", "TPHN", "TP.HN", "TP. HN", "TP HN"] },
];

const FOLDED = UNIT_SHORT_FORMS.flatMap((entry) =>
  entry.forms.map((form) => ({ folded: foldText(form), entry })),
)
  // Longest first, so that "tp. hcm" wins over "hcm".
  .sort((a, b) => b.folded.length - a.folded.length);

/**
 * The short form starting at `at` in folded text, when it ends there as a
 * word (at the end, before white space or punctuation): its entry and where it ends.
 */
export function shortFormAt(text: string, at: number): { entry: UnitShortForm; end: number } | undefined {
  for (const { folded, entry } of FOLDED) {
    if (!text.startsWith(folded, at)) continue;
    const end = at + folded.length;
    const next = text[end];
    if (next === undefined || !/[\p{L}\p{N}]/u.test(next)) return { entry, end };
  }
  return undefined;
}
