import { type Codelist, codelistCoverage, type Plan } from "@parcomms/core";

/** The theme and channel codes of one codelist level that a plan covers. */
export interface CoveredSets {
  readonly themes: ReadonlySet<string>;
  readonly channels: ReadonlySet<string>;
}

/**
 * The codes a plan covers at the "top" or "leaf" level of the themes and
 * channels codelists, read from `codelistCoverage` (a child code covers its
 * parent at the top level; the leaf level counts codes as written).
 */
export function coveredSets(
  plan: Plan,
  level: "top" | "leaf",
  codelists: { readonly themes: Codelist; readonly channels: Codelist },
): CoveredSets {
  const coverage = codelistCoverage(plan, codelists);
  return {
    themes: new Set(coverage.themes[level].covered),
    channels: new Set(coverage.channels[level].covered),
  };
}
