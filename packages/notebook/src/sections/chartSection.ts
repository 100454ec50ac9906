import type { ChartDescriptor } from "@parcomms/analytics";
import type { Language } from "@parcomms/core";
import { plansKey } from "../_lib/plansKey";
import { h } from "../dom/h";
import type { MessageKey } from "../i18n/messages";
import { t } from "../i18n/t";
import { chartFigure } from "../ui/chartFigure";
import { section } from "../ui/section";
import type { Context, Section } from "./Context";

/** What the notebook adds to a registry chart's section: a sentence for the introduction, and anything shown under the chart. */
export interface ChartSectionExtras {
  /** A sentence appended to the chart's description in the section's introduction. */
  readonly hint?: MessageKey;
  /** Drawn under the chart from the chart's prepared data (the scorecard's peer gaps). */
  readonly below?: (language: Language, data: unknown, context: Context) => HTMLElement;
}

/**
 * The section of one chart of the analytics `chartRegistry`: the chart's
 * name as heading, its description (and the notebook's hint) as
 * introduction, then the chart with its summary, table view and exports,
 * redrawn when the plans it needs change (the peers too for a chart that
 * needs them); an error is shown in place of the chart and breaks nothing else.
 *
 * @param language - the interface language
 * @param chart - a descriptor of the registry; its id is the section id and the export name
 * @param extras - the notebook's own additions (see {@link ChartSectionExtras})
 * @returns the section
 * @example
 * chartSection("vi", timelineChart)
 * chartSection("en", heatmapChart, { hint: "heatmap.hint" })
 */
export function chartSection(
  language: Language,
  chart: ChartDescriptor,
  extras: ChartSectionExtras = {},
): Section {
  const result = h("div", { class: "chart-slot" });
  const intro = [chart.description[language], ...(extras.hint ? [t(language, extras.hint)] : [])].join(" ");
  const element = section(chart.id, chart.name[language], intro, null, result);
  // The slot's width, kept by a ResizeObserver: reading clientWidth at each redraw forced a layout of
  // the whole page (the previous sections' new charts) before every chart, about 15 ms each.
  let slotWidth = 0;
  new ResizeObserver((entries) => {
    for (const entry of entries) slotWidth = Math.round(entry.contentRect.width);
  }).observe(result);
  const update = (context: Context) => {
    if (context.plans.length === 0) {
      result.replaceChildren(h("p", { class: "empty" }, t(language, "units.noneHint")));
      return;
    }
    slotWidth ||= result.clientWidth || element.clientWidth;
    const width = Math.max(480, Math.min(1040, slotWidth || 960));
    try {
      const data = chart.prepare({ plans: context.plans, peers: context.peers });
      const drawn = chart.render(data, { language, width });
      result.replaceChildren(
        chartFigure(language, chart.id, drawn),
        extras.below?.(language, data, context) ?? "",
      );
    } catch (error) {
      result.replaceChildren(
        h(
          "p",
          { class: "error", role: "status" },
          t(language, "chart.failed", { reason: error instanceof Error ? error.message : String(error) }),
        ),
      );
    }
  };
  const inputs = (context: Context) =>
    chart.needs === "plans and peers" ? [context.plans, context.peers] : [context.plans];
  return { element, update, key: (context) => inputs(context).map(plansKey).join("|") };
}
