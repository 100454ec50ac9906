import type { SimpleTimeframe } from "../../model/Timeframe";

/** Codes a segment can fail with (all prefixed "timeframe."). */
export type SegmentProblem =
  | "timeframe.invalid-quarter"
  | "timeframe.invalid-month"
  | "timeframe.invalid-date"
  | "timeframe.invalid-year"
  | "timeframe.invalid-range"
  | "timeframe.missing-year";

/** A simple timeframe read from a segment, a reason it cannot be one, or `undefined` when unrecognised. */
export type SegmentResult =
  | { readonly ok: true; readonly value: SimpleTimeframe }
  | { readonly ok: false; readonly code: SegmentProblem; readonly at: number }
  | undefined;

/** Options of `matchTimeframeSegment` and `matchDatedTimeframe`. */
export interface SegmentOptions {
  /** Year for phrases that name none ("Quý I"). */
  readonly year?: number | undefined;
}
