import type { ChartResult } from "@parcomms/analytics";
import type { Language, Plan } from "@parcomms/core";
import { plansKey } from "../_lib/plansKey";
import { h } from "../dom/h";
import type { MessageKey } from "../i18n/messages";
import { t } from "../i18n/t";
import { chartFigure } from "../ui/chartFigure";
import { section } from "../ui/section";
import type { Context, Section } from "./Context";

/** How a chart section draws its result: an analytics chart, and anything shown under it. */
export type DrawChart = (
  context: Context,
  options: { language: Language; width: number },
) => { chart: ChartResult; extra?: HTMLElement } | undefined;

/**
 * A section whose result is one analytics chart (with its summary, table view
 * and exports), redrawn when the chosen units change; an error is shown in
 * place of the chart and breaks nothing else.
 *
 * @param language - the interface language
 * @param id - section id and export name ("heatmap")
 * @param keys - the title and intro messages
 * @param draw - draws the chart for a context
 * @param inputs - the plans the chart depends on (default: the chosen plans); it is redrawn only when they change
 * @example
 * chartSection("vi", "heatmap", { title: "heatmap.title", intro: "heatmap.intro" }, (c, o) => ({ chart: themeChannelHeatmap(c.plans, o) }))
 */
export function chartSection(
  language: Language,
  id: string,
  keys: { title: MessageKey; intro: MessageKey },
  draw: DrawChart,
  inputs: (context: Context) => readonly (readonly Plan[])[] = (context) => [context.plans],
): Section {
  const result = h("div", { class: "chart-slot" });
  const element = section(id, t(language, keys.title), t(language, keys.intro), null, result);
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
      const drawn = draw(context, { language, width });
      result.replaceChildren(...(drawn ? [chartFigure(language, id, drawn.chart), drawn.extra ?? ""] : []));
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
  return { element, update, key: (context) => inputs(context).map(plansKey).join("|") };
}
