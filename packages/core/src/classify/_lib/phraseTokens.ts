import { foldText } from "../../_lib/fold";
import { tokenize } from "./tokenize";

/**
 * The token texts a phrase is matched by: folded, tokenized, and trimmed of
 * punctuation at either end (so "TX." and "(PCI)" match "tx" and "pci").
 *
 * @param phrase - a phrasing, stop phrase or span of text, in any diacritic form
 * @returns the folded token texts; empty when the phrase has no word
 * @example
 * phraseTokens("Văn hóa – Xã hội") // ["van", "hoa", "xa", "hoi"]
 */
export function phraseTokens(phrase: string): string[] {
  const tokens = tokenize(foldText(phrase));
  let first = 0;
  let last = tokens.length - 1;
  while (first <= last && !tokens[first]?.isWord) first++;
  while (last >= first && !tokens[last]?.isWord) last--;
  return tokens.slice(first, last + 1).map((t) => t.text);
}
