export { type CodeScope, codeScopes } from "./codeScopes";
export {
  type CodeColumn,
  type CoverageCount,
  type CoverageGaps,
  type CoverageGapsOptions,
  coverageGaps,
  type PeerGap,
  type Scorecard,
  type ScorecardCell,
  type UnitGaps,
} from "./coverageGaps";
export type { GapState } from "./GapState";
