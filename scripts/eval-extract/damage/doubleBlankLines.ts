import { joinTraced, traceText } from "./_lib/TracedText";
import { doubleBlankTraced } from "./_lib/traced";

/**
 * Damages a text the way some Word-to-text converters do: every blank line
 * becomes two.
 *
 * @param text - clean text
 * @returns the text with each blank line doubled
 * @example
 * doubleBlankLines("I. MỤC ĐÍCH\n\n1. Mục đích") // "I. MỤC ĐÍCH\n\n\n1. Mục đích"
 */
export function doubleBlankLines(text: string): string {
  return joinTraced(doubleBlankTraced(traceText(text)));
}
