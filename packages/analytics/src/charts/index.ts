export type { ChartDescriptor, ChartInput } from "./ChartDescriptor";
export { ChartError, type ChartErrorCode } from "./ChartError";
export type { ChartOptions, ChartOutline, ChartResult, ChartTable } from "./ChartResult";
export { type CadenceCalendarChartOptions, cadenceCalendarChart, cadenceChart } from "./cadenceCalendarChart";
export { chartCatalogues } from "./chartCatalogues";
export { type ChartId, chartRegistry } from "./chartRegistry";
export { findChart } from "./findChart";
export { type GapScorecardChartOptions, gapScorecardChart, scorecardChart } from "./gapScorecardChart";
export { type OfficeWorkloadChartOptions, officeWorkloadChart, workloadChart } from "./officeWorkloadChart";
export {
  type QuarterTimelineChartOptions,
  quarterTimelineChart,
  timelineChart,
} from "./quarterTimelineChart";
export { renderChartSvg } from "./renderChartSvg";
export { svgToString } from "./svgToString";
export {
  type HeatmapState,
  heatmapChart,
  type ThemeChannelHeatmapOptions,
  themeChannelHeatmap,
} from "./themeChannelHeatmap";
