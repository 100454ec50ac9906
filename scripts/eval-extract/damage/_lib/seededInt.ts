/**
 * A seeded source of integers (mulberry32): the same seed gives the same
 * sequence on every machine. The damage functions need only a few draws, so a
 * 32-bit generator is enough (sample-data's Rng is private to that package).
 *
 * @returns a function giving an integer from `from` to `to`, both included
 */
export function seededInt(seed: number): (from: number, to: number) => number {
  let state = seed >>> 0;
  return (from, to) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const x = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    return to <= from ? from : from + Math.floor(x * (to - from + 1));
  };
}
