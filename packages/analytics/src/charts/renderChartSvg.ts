import type { Plan } from "@parcomms/core";
import { ChartError } from "./ChartError";
import type { ChartOptions } from "./ChartResult";
import { chartKinds } from "./chartKinds";
import { svgToString } from "./svgToString";

/**
 * Draws a chart of the registry by id and returns it as a standalone SVG
 * document (`svgToString`): what `parcomms chart <kind> … --out chart.svg`
 * writes. An unknown id throws a `ChartError` with code "chart/unknown-kind".
 *
 * @param kind - "heatmap" | "scorecard" | "timeline" | "workload" | "cadence"
 * @param plans - the plans to chart
 * @param options - see {@link ChartOptions}; in Node pass `document`
 * @returns the SVG text
 * @example
 * const svg = renderChartSvg("timeline", realPlans, { document: new JSDOM("").window.document });
 * svg.startsWith("<svg ") // true
 */
export function renderChartSvg(kind: string, plans: readonly Plan[], options: ChartOptions = {}): string {
  const entry = Object.hasOwn(chartKinds, kind) ? chartKinds[kind as keyof typeof chartKinds] : undefined;
  if (!entry) {
    throw new ChartError(
      "chart/unknown-kind",
      { kind, kinds: Object.keys(chartKinds).join(", ") },
      options.language ?? "vi",
    );
  }
  return svgToString(entry.render(plans, options).element);
}
