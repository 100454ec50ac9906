import { audiences } from "../codelists/audiences";
import { mostSpecificCodes } from "./_lib/mostSpecificCodes";
import { matchCodelist } from "./matchCodelist";

/**
 * Finds the audiences (đối tượng tuyên truyền) a text names, by the phrasings
 * of the `audiences` codelist. "nhân dân" in "Ủy ban nhân dân" is not an
 * audience.
 *
 * @param text - any text, as written (NFC or NFD, any tone-mark placement)
 * @returns distinct audience codes in order of first occurrence
 * @example
 * matchAudiences("nâng cao nhận thức của người dân, doanh nghiệp")
 * // ["citizens", "businesses"]
 */
export function matchAudiences(text: string): string[] {
  return mostSpecificCodes(matchCodelist(text, audiences), audiences.entries);
}
