import type { Timing } from "./Benchmark";

/**
 * The min and median of run times in milliseconds (the mean of the middle two for an even count).
 *
 * @example
 * timingOf([30, 10, 20]) // { n: 3, minMs: 10, medianMs: 20 }
 */
export function timingOf(samples: readonly number[]): Timing {
  if (samples.length === 0) throw new RangeError("no samples");
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median =
    sorted.length % 2 === 1
      ? (sorted[mid] as number)
      : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return { n: sorted.length, minMs: sorted[0] as number, medianMs: median };
}
