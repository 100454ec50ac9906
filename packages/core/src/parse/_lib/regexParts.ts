/** Regular-expression source: no letter or digit just before (a word starts here). */
export const WORD_START = "(?<![\\p{L}\\p{N}])";

/** Regular-expression source: no letter or digit just after (a word ends here). */
export const WORD_END = "(?![\\p{L}\\p{N}])";

/** `text` with the regular-expression metacharacters escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
