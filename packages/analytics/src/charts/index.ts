export { ChartError, type ChartErrorCode } from "./ChartError";
export type { ChartOptions, ChartOutline, ChartResult, ChartTable } from "./ChartResult";
export { type CadenceCalendarChartOptions, cadenceCalendarChart } from "./cadenceCalendarChart";
export { type ChartKind, type ChartKindEntry, chartKinds } from "./chartKinds";
export { type GapScorecardChartOptions, gapScorecardChart } from "./gapScorecardChart";
export { type OfficeWorkloadChartOptions, officeWorkloadChart } from "./officeWorkloadChart";
export { type QuarterTimelineChartOptions, quarterTimelineChart } from "./quarterTimelineChart";
export { renderChartSvg } from "./renderChartSvg";
export { svgToString } from "./svgToString";
export {
  type HeatmapState,
  type ThemeChannelHeatmapOptions,
  themeChannelHeatmap,
} from "./themeChannelHeatmap";
