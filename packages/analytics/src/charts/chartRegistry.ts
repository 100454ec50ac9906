import type { ChartDescriptor } from "./ChartDescriptor";
import { cadenceChart } from "./cadenceCalendarChart";
import { scorecardChart } from "./gapScorecardChart";
import { workloadChart } from "./officeWorkloadChart";
import { timelineChart } from "./quarterTimelineChart";
import { heatmapChart } from "./themeChannelHeatmap";

const CHARTS = [heatmapChart, scorecardChart, timelineChart, workloadChart, cadenceChart] as const;

/**
 * The registry of charts (danh mục biểu đồ), in display order: one
 * {@link ChartDescriptor} per chart. The command line (`parcomms chart <id>`,
 * its help and its check of the id), the notebook's chart sections and the
 * chart list in docs/charts.md are all derived from it. To add a chart, add
 * its descriptor here (see "Adding a chart" in docs/charts.md).
 *
 * @example
 * chartRegistry.map((chart) => chart.id) // ["heatmap", "scorecard", "timeline", "workload", "cadence"]
 * chartRegistry[2].title.en // "Activities by quarter"
 */
export const chartRegistry: readonly ChartDescriptor<ChartId>[] = CHARTS;

/** The id of a chart of the {@link chartRegistry}: "heatmap" | "scorecard" | "timeline" | "workload" | "cadence". */
export type ChartId = (typeof CHARTS)[number]["id"];
