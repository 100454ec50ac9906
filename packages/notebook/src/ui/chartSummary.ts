import type { ChartResult } from "@parcomms/analytics";
import { h } from "../dom/h";

/**
 * A chart's summary as the notebook shows it above the chart: the text
 * alternative, read by everyone and by screen readers. A chart of several
 * units (heatmap, scorecard) gives it as a lead sentence and a list, one
 * item per unit with its gaps as a list of their own; other charts, as one
 * paragraph.
 *
 * @param chart - what the analytics chart function returned
 * @returns the `<figcaption class="summary">`
 * @example
 * chartSummary(gapScorecardChart(coverageGaps(realPlans))).querySelectorAll(":scope > ul > li").length // 5
 */
export function chartSummary(chart: ChartResult): HTMLElement {
  const outline = chart.outline;
  if (!outline) return h("figcaption", { class: "summary" }, chart.summary);
  return h(
    "figcaption",
    { class: "summary" },
    h("p", { class: "summary-lead" }, outline.lead),
    h(
      "ul",
      { class: "summary-units" },
      outline.items.map((item) =>
        h(
          "li",
          {},
          item.text,
          item.list
            ? h(
                "ul",
                { class: "summary-gaps" },
                item.list.map((entry) => h("li", {}, entry)),
              )
            : null,
        ),
      ),
    ),
  );
}
