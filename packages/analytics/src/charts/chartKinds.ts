import type { LocalizedText, Plan } from "@parcomms/core";
import { coverageGaps } from "../gaps/index";
import { chartMessages } from "./_lib/chartMessages";
import type { ChartOptions, ChartResult } from "./ChartResult";
import { cadenceCalendarChart } from "./cadenceCalendarChart";
import { gapScorecardChart } from "./gapScorecardChart";
import { officeWorkloadChart } from "./officeWorkloadChart";
import { quarterTimelineChart } from "./quarterTimelineChart";
import { themeChannelHeatmap } from "./themeChannelHeatmap";

/** Ids of the charts the command line and the notebook offer. */
export type ChartKind = "heatmap" | "scorecard" | "timeline" | "workload" | "cadence";

/** One entry of {@link chartKinds}: how to draw the chart from plans, and its title. */
export interface ChartKindEntry {
  readonly title: LocalizedText;
  readonly render: (plans: readonly Plan[], options?: ChartOptions) => ChartResult;
}

/**
 * The registry of charts by id, each drawn from plans alone with default
 * options (the scorecard runs `coverageGaps(plans)` first), so the command
 * line (`parcomms chart <kind>`) and the notebook can list and choose them.
 *
 * @example
 * Object.keys(chartKinds) // ["heatmap", "scorecard", "timeline", "workload", "cadence"]
 * chartKinds.timeline.title.en // "Activities by quarter"
 * chartKinds.heatmap.render(realPlans, { document, language: "en" }).title
 */
export const chartKinds: Readonly<Record<ChartKind, ChartKindEntry>> = {
  heatmap: {
    title: chartMessages.heatmapTitle,
    render: (plans, options) => themeChannelHeatmap(plans, options),
  },
  scorecard: {
    title: chartMessages.scorecardTitle,
    render: (plans, options) => gapScorecardChart(coverageGaps(plans), options),
  },
  timeline: {
    title: chartMessages.timelineTitle,
    render: (plans, options) => quarterTimelineChart(plans, options),
  },
  workload: {
    title: chartMessages.workloadTitle,
    render: (plans, options) => officeWorkloadChart(plans, options),
  },
  cadence: {
    title: chartMessages.cadenceTitle,
    render: (plans, options) => cadenceCalendarChart(plans, options),
  },
};
