import type { Tally } from "../Tally";

/** Tally of a set against the expected set: shared codes, extra codes, missing codes. */
export function setTally(
  expected: readonly string[],
  got: readonly string[],
): Tally & {
  missing: string[];
  extra: string[];
} {
  const want = new Set(expected);
  const have = new Set(got);
  const missing = [...want].filter((x) => !have.has(x));
  const extra = [...have].filter((x) => !want.has(x));
  return { tp: want.size - missing.length, fp: extra.length, fn: missing.length, missing, extra };
}

/** "missing a, b; extra c" for a miss list, or "" when the sets agree. */
export function describeSetDiff(diff: { missing: readonly string[]; extra: readonly string[] }): string {
  const parts: string[] = [];
  if (diff.missing.length > 0) parts.push(`missing ${diff.missing.join(", ")}`);
  if (diff.extra.length > 0) parts.push(`extra ${diff.extra.join(", ")}`);
  return parts.join("; ");
}
