import { phraseTokens } from "./phraseTokens";

/**
 * A phrase's match key: its tokens joined by single spaces. Two texts with
 * the same key match the same phrasings.
 *
 * @example
 * matchKey("Phòng, chống  tham nhũng") // "phong , chong tham nhung"
 */
export function matchKey(phrase: string): string {
  return phraseTokens(phrase).join(" ");
}
