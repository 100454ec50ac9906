import type { NationalRollup, NodeTotals } from "./NationalRollup";

const show = (value: unknown) => JSON.stringify(value);

function totalsEqual(a: NodeTotals, b: NodeTotals): boolean {
  return (
    a.plans === b.plans &&
    a.units === b.units &&
    a.activities === b.activities &&
    a.themes.length === b.themes.length &&
    a.themes.every((v, i) => v === b.themes[i]) &&
    a.channels.length === b.channels.length &&
    a.channels.every((v, i) => v === b.channels[i])
  );
}

/**
 * The differences between two national rollups (keys folded), at most `limit` of them, each a line a
 * person can read; empty when they agree on every cross-tab cell and every node's totals.
 *
 * @example
 * rollupDifferences(ours, duckdb) // [] when both computed the same numbers
 */
export function rollupDifferences(expected: NationalRollup, actual: NationalRollup, limit = 10): string[] {
  const out: string[] = [];
  const add = (line: string) => {
    if (out.length < limit) out.push(line);
  };
  if (expected.crosstab.size !== actual.crosstab.size)
    add(`cross-tab cells: ${expected.crosstab.size} vs ${actual.crosstab.size}`);
  for (const [key, value] of expected.crosstab) {
    const other = actual.crosstab.get(key);
    if (other !== value) add(`cross-tab ${key}: ${value} vs ${other}`);
  }
  for (const key of actual.crosstab.keys())
    if (!expected.crosstab.has(key)) add(`cross-tab ${key}: only in the second`);
  if (expected.nodes.size !== actual.nodes.size) add(`nodes: ${expected.nodes.size} vs ${actual.nodes.size}`);
  for (const [key, value] of expected.nodes) {
    const other = actual.nodes.get(key);
    if (!other || !totalsEqual(value, other)) add(`node ${key}: ${show(value)} vs ${show(other)}`);
  }
  for (const key of actual.nodes.keys()) if (!expected.nodes.has(key)) add(`node ${key}: only in the second`);
  return out;
}
