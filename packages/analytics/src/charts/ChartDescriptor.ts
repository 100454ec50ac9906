import type { LocalizedText, Plan } from "@parcomms/core";
import type { ChartOptions, ChartResult } from "./ChartResult";

/** What a chart is drawn from: the chosen plans and, for charts that compare with them, their peers. */
export interface ChartInput {
  /** The plans to chart, in display order. */
  readonly plans: readonly Plan[];
  /** The plans to compare with (đơn vị cùng cấp); when absent, the plans are compared with each other. */
  readonly peers?: readonly Plan[];
}

/**
 * One chart of the {@link chartRegistry}: everything the command line, the
 * notebook and the docs need to offer it. Each chart module exports one
 * descriptor; the registry lists them in display order.
 *
 * @typeParam Id - the chart's id ("heatmap")
 * @typeParam Data - what `prepare` gives and `render` draws
 * @example
 * const svg = timelineChart.render(timelineChart.prepare({ plans: realPlans }), { document, language: "en" });
 * timelineChart.title.en // "Activities by quarter"
 */
export interface ChartDescriptor<Id extends string = string, Data = unknown> {
  /** The stable id: the `parcomms chart <kind>` argument, the notebook's section id and the export name. */
  readonly id: Id;
  /** The chart's title, as drawn on it and listed by `parcomms chart --help`. */
  readonly title: LocalizedText;
  /** A short name: the notebook section's heading. */
  readonly name: LocalizedText;
  /** One or two sentences on what the chart shows: the docs, and the notebook section's introduction. */
  readonly description: LocalizedText;
  /** What the chart is drawn from: the plans alone, or the plans and their peers (the notebook redraws when they change). */
  readonly needs: "plans" | "plans and peers";
  /** Pure data preparation: the chart's data from the plans (and peers). */
  prepare(input: ChartInput): Data;
  /** Draws the prepared data: the element, title, summary, outline and table. */
  render(data: Data, options?: ChartOptions): ChartResult;
}
