/**
 * A folded token's hash (FNV-1a over its UTF-16 units), kept to 30 bits so
 * that it is a small integer to a `Map`. Equal tokens hash alike; unequal
 * ones rarely do, so a hit is checked against the text. `scanTokens`
 * computes the same hash as it scans.
 *
 * @param token - a folded token
 * @returns a non-negative integer below 2^30
 * @example
 * tokenHash("dai") === tokenHash("dai") // true
 * tokenHash("dai") === tokenHash("dal") // false
 */
export function tokenHash(token: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < token.length; i++) hash = Math.imul(hash ^ token.charCodeAt(i), 0x01000193);
  return hash & 0x3fffffff;
}
