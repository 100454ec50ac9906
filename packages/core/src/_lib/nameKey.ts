import { diacriticSignature } from "../classify/_lib/diacriticSignature";
import { foldText } from "./fold";

/**
 * A key for a proper name that ignores what spelling varies (case, spacing, NFC
 * or NFD, the tone mark on either vowel: "Hoà"/"Hòa") but keeps what tells
 * names apart: the marks of each word, so phường Sa Pa (03001) and phường Sa
 * Pả (03002), or xã Minh Quán (04516) and xã Minh Quân (04567), stay two units.
 *
 * @example
 * nameKey("Thanh Hoà") === nameKey("thanh  hòa") // true
 * nameKey("Sa Pa") === nameKey("Sa Pả") // false
 */
export function nameKey(name: string): string {
  const folded = foldText(name);
  const marks = name
    .normalize("NFC")
    .split(/[\s\u00a0]+/)
    .filter((word) => word.length > 0)
    .map(diacriticSignature);
  return marks.every((m) => m === "") ? folded : `${folded}|${marks.join(".")}`;
}
