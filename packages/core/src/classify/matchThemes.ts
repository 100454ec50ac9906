import { themes } from "../codelists/themes";
import { mostSpecificCodes } from "./_lib/mostSpecificCodes";
import { matchCodelist } from "./matchCodelist";

/**
 * Finds the content themes (nội dung tuyên truyền) a text speaks of, by the
 * phrasings and former names of the `themes` codelist.
 *
 * A theme matched only on words that a more specific match covers is left
 * out: "Chỉ số CCHC (PAR INDEX)" gives `indices.par-index`, not `indices`;
 * a parent stays when it also matched on words of its own.
 *
 * @param text - any text, as written (NFC or NFD, any tone-mark placement)
 * @returns distinct theme codes, second-level codes first, each group in
 *   order of first occurrence
 * @example
 * matchThemes("đẩy mạnh thực hiện dịch vụ công trực tuyến, thanh toán trực tuyến")
 * // ["online-services.payment", "online-services"]
 */
export function matchThemes(text: string): string[] {
  return mostSpecificCodes(matchCodelist(text, themes), themes.entries);
}
