import { fold } from "../../_lib/fold";
import { originalEnd } from "./originalEnd";
import { tokenHash } from "./tokenHash";
import { tokenize } from "./tokenize";

/**
 * The tokens of a text as `matchCodelist` reads it, in parallel arrays.
 * Token `k`'s folded text is `folded.slice(bounds[k], bounds[k + 1])`.
 */
export interface ScannedTokens {
  /** The tokens' folded texts (see `tokenize`), one after another. */
  readonly folded: string;
  /** Where each token begins in `folded`, plus one entry for the end. */
  readonly bounds: readonly number[];
  /** Each token's `tokenHash`, to look tokens up without slicing them out. */
  readonly hashes: readonly number[];
  /** Offset of each token's first character in the original text. */
  readonly starts: readonly number[];
  /** Offset after each token's last character, and the combining marks that follow it, in the original text. */
  readonly ends: readonly number[];
}

/**
 * Folds and tokenizes a text as `matchCodelist` reads it, the plain way:
 * `fold` (a tab read as "|", a mark no phrasing matches across), then
 * `tokenize`. The reference for the one-pass `scanTokens`, and its path for
 * text the one-pass table cannot read.
 *
 * @param text - any text, as written
 * @returns the tokens, with offsets in `text`
 * @example
 * scanTokensByFold("Đài  truyền-thanh, xã").folded // "daitruyenthanh,xa"
 * scanTokensByFold("Đài  truyền-thanh, xã").bounds // [0, 3, 9, 14, 15, 17]
 */
export function scanTokensByFold(text: string): ScannedTokens {
  const folded = fold(text.replace(/\t/g, "|"));
  const tokens = tokenize(folded.text);
  const bounds = [0];
  for (const t of tokens) bounds.push((bounds[bounds.length - 1] as number) + t.text.length);
  return {
    folded: tokens.map((t) => t.text).join(""),
    bounds,
    hashes: tokens.map((t) => tokenHash(t.text)),
    starts: tokens.map((t) => folded.offsets[t.start] as number),
    ends: tokens.map((t) => originalEnd(text, folded.offsets[t.end - 1] as number)),
  };
}
