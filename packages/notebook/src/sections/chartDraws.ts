import {
  coverageGaps,
  gapScorecardChart,
  officeWorkloadChart,
  quarterTimelineChart,
  themeChannelHeatmap,
} from "@parcomms/analytics";
import type { DrawChart } from "./chartSection";
import { peerGapList } from "./peerGapList";

/** Section 4: theme × channel heatmaps of the chosen plans, side by side. */
export const drawHeatmap: DrawChart = (context, options) => ({
  chart: themeChannelHeatmap(context.plans, options),
});

/** Section 5: the gap scorecard against the peers, and each unit's peer gaps. */
export const drawScorecard: DrawChart = (context, options) => {
  const gaps = coverageGaps(context.plans, { peers: context.peers });
  return {
    chart: gapScorecardChart(gaps, options),
    extra: peerGapList(options.language, gaps, context.peers.length),
  };
};

/** Section 6: activities and expected outputs by quarter. */
export const drawTimeline: DrawChart = (context, options) => ({
  chart: quarterTimelineChart(context.plans, options),
});

/** Section 7: what each office leads and coordinates. */
export const drawWorkload: DrawChart = (context, options) => ({
  chart: officeWorkloadChart(context.plans, options),
});
