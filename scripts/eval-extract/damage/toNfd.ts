import { joinTraced, traceText } from "./_lib/TracedText";
import { nfdTraced } from "./_lib/traced";

/**
 * Damages a text the way some PDF tools and macOS do: Unicode NFD, every
 * Vietnamese letter split into a base letter and combining marks. Lines and
 * line endings do not change.
 *
 * @param text - clean text
 * @returns the text in NFD
 * @example
 * toNfd("Hòa").length // 4 ("H", "o", U+0300, "a")
 * toNfd("Hòa").normalize("NFC") === "Hòa" // true
 */
export function toNfd(text: string): string {
  return joinTraced(nfdTraced(traceText(text)));
}
