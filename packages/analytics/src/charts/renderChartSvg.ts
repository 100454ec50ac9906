import type { Plan } from "@parcomms/core";
import type { ChartOptions } from "./ChartResult";
import { findChart } from "./findChart";
import { svgToString } from "./svgToString";

/**
 * Draws a chart of the registry by id and returns it as a standalone SVG
 * document (`svgToString`): what `parcomms chart <kind> … --out chart.svg`
 * writes. An unknown id throws a `ChartError` with code "chart/unknown-kind".
 *
 * @param kind - an id of the `chartRegistry`: "heatmap" | "scorecard" | "timeline" | "workload" | "cadence"
 * @param plans - the plans to chart
 * @param options - see {@link ChartOptions}; in Node pass `document`
 * @returns the SVG text
 * @example
 * const svg = renderChartSvg("timeline", realPlans, { document: new JSDOM("").window.document });
 * svg.startsWith("<svg ") // true
 */
export function renderChartSvg(kind: string, plans: readonly Plan[], options: ChartOptions = {}): string {
  const chart = findChart(kind, options.language ?? "vi");
  return svgToString(chart.render(chart.prepare({ plans }), options).element);
}
