/**
 * A 32-bit seed from text (FNV-1a, then the MurmurHash3 finaliser so that
 * texts differing in one character give unrelated seeds). The generator seeds
 * each plan from its dataset seed and unit code, so a plan does not depend on
 * the order in which the units are visited.
 *
 * @example
 * hashSeed("42|three-tier|2024|21338") === hashSeed("42|three-tier|2024|21338") // true
 */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}
