import { joinTraced, traceText } from "./_lib/TracedText";
import { type HardWrapOptions, hardWrapTraced } from "./_lib/traced";

export type { HardWrapOptions } from "./_lib/traced";

/**
 * Damages a text the way PDF extractors do: long lines are broken at spaces
 * every `min`–`max` characters (each break at a width drawn from the seed),
 * and the space at each break is dropped. Lines of at most `max` characters
 * are kept; a word longer than the width is never split.
 *
 * @param text - clean text
 * @param options - `min` and `max` width, and the `seed` of the widths
 * @returns the wrapped text; joining each line's pieces with a space gives the original line
 * @example
 * hardWrap("a ".repeat(60).trim(), { min: 70, max: 80, seed: 1 }).split("\n").length // 2
 */
export function hardWrap(text: string, options: HardWrapOptions): string {
  return joinTraced(hardWrapTraced(traceText(text), options));
}
