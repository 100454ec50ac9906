import * as Plot from "@observablehq/plot";
import { formatMessage, type Plan, quarterLoad } from "@parcomms/core";
import { periodLabel } from "../_lib/periodLabel";
import { activityCount, activityTitles } from "./_lib/activityTitles";
import { decorateSvg } from "./_lib/decorateSvg";
import { formatNumber } from "./_lib/formatNumber";
import { CELL_STROKE, COUNT_SCHEME, EMPTY_FILL, OKABE_ITO } from "./_lib/palette";
import { resolveDocument } from "./_lib/resolveDocument";
import { textWidth } from "./_lib/textWidth";
import { unitLabel } from "./_lib/unitLabel";
import type { ChartDescriptor } from "./ChartDescriptor";
import { ChartError } from "./ChartError";
import type { ChartOptions, ChartResult } from "./ChartResult";
import { chartMessages } from "./chartMessages";

/** Options of {@link quarterTimelineChart}. */
export type QuarterTimelineChartOptions = ChartOptions;

const ROMAN = ["I", "II", "III", "IV"];
const UNSCHEDULED = "unscheduled";
const OUTSIDE = "outside";

/**
 * The chart descriptor of activities and expected outputs by quarter ({@link quarterTimelineChart}),
 * drawn from the plans: its id "timeline", title, name and description in both languages, and how it
 * is prepared and drawn. Listed in the {@link chartRegistry}.
 *
 * @example
 * timelineChart.id // "timeline"
 * timelineChart.render(timelineChart.prepare({ plans: realPlans }), { document, language: "en" }).title
 */
export const timelineChart: ChartDescriptor<"timeline", readonly Plan[]> = {
  id: "timeline",
  title: chartMessages["chart.timelineTitle"],
  name: chartMessages["chart.timelineName"],
  description: chartMessages["chart.timelineDescription"],
  needs: "plans",
  prepare: ({ plans }) => plans,
  render: (plans, options) => quarterTimelineChart(plans, options),
};

/**
 * A timeline of each unit's activities by quarter (quý): one row per unit,
 * one column per quarter of its plan period, the cell's shade and number the
 * activities running in that quarter, with the outputs the quarter expects
 * under it. Two more columns keep what fits no quarter: activities with no
 * date (a trigger, or no timeframe and no rate) and activities dated wholly
 * outside the plan period (003:430 "Quý IV/2023" in a 2024 plan). The data
 * are `quarterLoad` per plan.
 *
 * Quarters are labelled by their number (Quý I … IV) when every plan covers
 * one year, otherwise by their period id ("2024Q1").
 *
 * @param plans - the plans, one row each, in input order
 * @param options - see {@link ChartOptions}; `width` defaults to what the columns need
 * @returns the chart, its title, summary and table (one row per unit and column)
 * @example
 * quarterTimelineChart([plan003], { document }).table.rows.map((r) => r.activities)
 * // [6, 5, 5, 6, 9, 1]: Q1–Q4, then unscheduled, then outside the period
 */
export function quarterTimelineChart(
  plans: readonly Plan[],
  options: QuarterTimelineChartOptions = {},
): ChartResult {
  const language = options.language ?? "vi";
  const document = resolveDocument(options.document, language);
  if (plans.length === 0) throw new ChartError("chart/no-plans", { chart: "timeline" }, language);
  const loads = plans.map((plan) => quarterLoad(plan));
  const units = plans.map((plan) => unitLabel(plan, language));
  const rowLabels = plans.map((plan, i) => `${units[i]} (${periodLabel(plan, language)})`);
  // A plan without a period has no quarters (its tasks are listed in withoutPeriod): it decides nothing here.
  const oneYear = loads.every((l) => l.quarters.length === 4 || l.withoutPeriod.length > 0);
  const quarterKey = (id: string) => (oneYear ? `Q${id.slice(-1)}` : id);
  const quarterName = (key: string) =>
    oneYear
      ? `${formatMessage(chartMessages, "chart.quarter", {}, language)} ${ROMAN[Number(key.slice(1)) - 1]}`
      : key;
  const anyOutside = loads.some((l) => l.outsidePeriod.length > 0);

  const columns = [
    ...new Set(loads.flatMap((l) => l.quarters.map((q) => quarterKey(q.quarter)))),
    UNSCHEDULED,
    ...(anyOutside ? [OUTSIDE] : []),
  ];
  const columnName = (key: string) =>
    key === UNSCHEDULED
      ? formatMessage(chartMessages, "chart.unscheduled", {}, language)
      : key === OUTSIDE
        ? formatMessage(chartMessages, "chart.outsidePeriod", {}, language)
        : quarterName(key);

  const data = loads.flatMap((load, i) => [
    ...load.quarters.map((q) => ({
      row: rowLabels[i] ?? "",
      column: quarterKey(q.quarter),
      plan: i,
      ids: q.activities,
      activities: q.activities.length,
      expectedOutputs: q.expectedOutputs as number | null,
    })),
    {
      row: rowLabels[i] ?? "",
      column: UNSCHEDULED,
      plan: i,
      ids: load.unscheduled,
      activities: load.unscheduled.length,
      expectedOutputs: null,
    },
    ...(anyOutside
      ? [
          {
            row: rowLabels[i] ?? "",
            column: OUTSIDE,
            plan: i,
            ids: load.outsidePeriod,
            activities: load.outsidePeriod.length,
            expectedOutputs: null,
          },
        ]
      : []),
  ]);
  type Datum = (typeof data)[number];
  const max = data
    .filter((d) => d.expectedOutputs !== null)
    .map((d) => d.activities)
    .reduce((m, v) => Math.max(m, v), 1);
  const shade = Plot.scale({ color: { type: "linear", scheme: COUNT_SCHEME, domain: [0, max * 1.15] } });
  const fill = (d: Datum) =>
    d.expectedOutputs === null
      ? d.activities > 0
        ? OKABE_ITO.orange
        : EMPTY_FILL
      : d.activities > 0
        ? String(shade.apply(d.activities))
        : EMPTY_FILL;
  const ink = (d: Datum) => (d.expectedOutputs !== null && d.activities > max * 0.6 ? "#FFFFFF" : "#000000");
  const outputs = formatMessage(chartMessages, "chart.expectedOutputs", {}, language).toLocaleLowerCase(
    language,
  );
  const activityText = (d: Datum) =>
    formatMessage(chartMessages, "chart.timelineCellLabel", { activities: d.activities }, language);

  const marginLeft = Math.min(
    280,
    Math.ceil(rowLabels.map((l) => textWidth(l, 11)).reduce((m, v) => Math.max(m, v), -Infinity) * 1.1) + 16,
  );
  const cellWidth = oneYear ? 84 : 64;
  const width = options.width ?? marginLeft + columns.length * cellWidth + 10;
  const svg = Plot.plot({
    document,
    width,
    height: 44 + plans.length * 44 + 10,
    marginLeft,
    marginTop: 44,
    marginBottom: 10,
    x: { domain: columns, axis: null, padding: 0.04 },
    y: { domain: rowLabels, label: null, padding: 0.08 },
    marks: [
      Plot.cell(data, {
        x: "column",
        y: "row",
        fill,
        stroke: CELL_STROKE,
        title: (d: Datum) =>
          `${d.row}\n${columnName(d.column)}: ${activityCount(d.activities, language)}` +
          (d.expectedOutputs ? `, ${formatNumber(d.expectedOutputs, language)} ${outputs}` : "") +
          activityTitles(plans[d.plan] as Plan, d.ids, language),
      }),
      Plot.text(
        data.filter((d) => !d.expectedOutputs),
        {
          x: "column",
          y: "row",
          text: activityText,
          fill: ink,
          fontSize: 11,
          fontWeight: "bold",
          pointerEvents: "none",
        },
      ),
      Plot.text(
        data.filter((d) => d.expectedOutputs),
        {
          x: "column",
          y: "row",
          text: activityText,
          fill: ink,
          fontSize: 11,
          fontWeight: "bold",
          dy: -6,
          pointerEvents: "none",
        },
      ),
      Plot.text(
        data.filter((d) => d.expectedOutputs),
        {
          x: "column",
          y: "row",
          text: (d: Datum) =>
            formatMessage(
              chartMessages,
              "chart.outputsShort",
              { count: formatNumber(d.expectedOutputs ?? 0, language) },
              language,
            ),
          fill: ink,
          fontSize: 9,
          dy: 8,
          pointerEvents: "none",
        },
      ),
      Plot.axisX({
        anchor: "top",
        tickFormat: columnName,
        tickSize: 0,
        label: null,
        lineWidth: (cellWidth - 8) / 10 / 1.15,
        fontSize: 10,
      }),
      Plot.axisY({ tickSize: 0, fontSize: 11, lineWidth: (marginLeft - 12) / 11, textOverflow: "ellipsis" }),
    ],
  }) as SVGSVGElement;

  const title = formatMessage(chartMessages, "chart.timelineTitle", {}, language);
  const ariaLabel = formatMessage(chartMessages, "chart.timelineAria", { units: units.join(", ") }, language);
  const summary = `${plans
    .map((plan, i) => {
      const load = loads[i];
      const outside = load?.outsidePeriod.length ?? 0;
      if (!plan.period) {
        const params = {
          unit: units[i] ?? "",
          year: periodLabel(plan, language),
          count: load?.withoutPeriod.length ?? 0,
        };
        return formatMessage(chartMessages, "chart.timelineNoPeriod", params, language);
      }
      return formatMessage(
        chartMessages,
        "chart.timelineUnitSummary",
        {
          unit: units[i] ?? "",
          year: periodLabel(plan, language),
          perQuarter: (load?.quarters ?? []).map((q) => q.activities.length).join(", "),
          unscheduled: load?.unscheduled.length ?? 0,
          outside:
            outside > 0
              ? formatMessage(chartMessages, "chart.timelineOutside", { count: outside }, language)
              : "",
        },
        language,
      );
    })
    .join(formatMessage(chartMessages, "chart.sentenceSeparator", {}, language))}.`;
  const element = decorateSvg(
    svg,
    {
      title,
      ariaLabel,
      summary,
      legend: [
        {
          label: formatMessage(chartMessages, "chart.activities", {}, language),
          fill: String(shade.apply(max * 0.7)),
        },
        {
          label: `${formatMessage(chartMessages, "chart.unscheduled", {}, language)} / ${formatMessage(chartMessages, "chart.outsidePeriod", {}, language)}`,
          fill: OKABE_ITO.orange,
        },
      ],
    },
    document,
  );
  return {
    element,
    title,
    ariaLabel,
    summary,
    table: {
      columns: [
        { key: "unit", label: formatMessage(chartMessages, "chart.unit", {}, language) },
        { key: "column", label: formatMessage(chartMessages, "chart.bucketColumn", {}, language) },
        { key: "activities", label: formatMessage(chartMessages, "chart.activities", {}, language) },
        {
          key: "expectedOutputs",
          label: formatMessage(chartMessages, "chart.expectedOutputs", {}, language),
        },
      ],
      rows: data.map((d) => ({
        unit: d.row,
        column: columnName(d.column),
        activities: d.activities,
        expectedOutputs: d.expectedOutputs,
      })),
    },
  };
}
