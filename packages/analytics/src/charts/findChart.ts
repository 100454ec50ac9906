import type { Language } from "@parcomms/core";
import type { ChartDescriptor } from "./ChartDescriptor";
import { ChartError } from "./ChartError";
import { type ChartId, chartRegistry } from "./chartRegistry";

/**
 * The chart of the {@link chartRegistry} with an id, as the command line
 * and `renderChartSvg` look it up; an unknown id throws a `ChartError` with
 * code "chart/unknown-kind" that lists the ids.
 *
 * @param id - a chart id, as typed ("timeline")
 * @param language - the language of the error message; default "vi"
 * @returns the chart's descriptor
 * @example
 * findChart("timeline").title.en // "Activities by quarter"
 * findChart("pie") // throws ChartError "chart/unknown-kind": "Không có loại biểu đồ “pie”; các loại có: heatmap, …"
 */
export function findChart(id: string, language: Language = "vi"): ChartDescriptor<ChartId> {
  const chart = chartRegistry.find((c) => c.id === id);
  if (!chart) {
    throw new ChartError(
      "chart/unknown-kind",
      { kind: id, kinds: chartRegistry.map((c) => c.id).join(", ") },
      language,
    );
  }
  return chart;
}
