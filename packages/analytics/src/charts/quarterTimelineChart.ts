import * as Plot from "@observablehq/plot";
import { type Plan, quarterLoad } from "@parcomms/core";
import { activityCount, activityTitles } from "./_lib/activityTitles";
import { chartMessage } from "./_lib/chartMessage";
import { decorateSvg } from "./_lib/decorateSvg";
import { formatNumber } from "./_lib/formatNumber";
import { CELL_STROKE, COUNT_SCHEME, EMPTY_FILL, OKABE_ITO } from "./_lib/palette";
import { resolveDocument } from "./_lib/resolveDocument";
import { textWidth } from "./_lib/textWidth";
import { unitLabel } from "./_lib/unitLabel";
import { ChartError } from "./ChartError";
import type { ChartOptions, ChartResult } from "./ChartResult";

/** Options of {@link quarterTimelineChart}. */
export type QuarterTimelineChartOptions = ChartOptions;

const ROMAN = ["I", "II", "III", "IV"];
const UNSCHEDULED = "unscheduled";
const OUTSIDE = "outside";

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
  const units = plans.map((plan) => unitLabel(plan.unit, language));
  const rowLabels = plans.map((plan, i) => `${units[i]} (${periodText(plan)})`);
  const oneYear = loads.every((l) => l.quarters.length === 4);
  const quarterKey = (id: string) => (oneYear ? `Q${id.slice(-1)}` : id);
  const quarterName = (key: string) =>
    oneYear ? `${chartMessage("quarter", language)} ${ROMAN[Number(key.slice(1)) - 1]}` : key;
  const anyOutside = loads.some((l) => l.outsidePeriod.length > 0);

  const columns = [
    ...new Set(loads.flatMap((l) => l.quarters.map((q) => quarterKey(q.quarter)))),
    UNSCHEDULED,
    ...(anyOutside ? [OUTSIDE] : []),
  ];
  const columnName = (key: string) =>
    key === UNSCHEDULED
      ? chartMessage("unscheduled", language)
      : key === OUTSIDE
        ? chartMessage("outsidePeriod", language)
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
  const max = Math.max(1, ...data.filter((d) => d.expectedOutputs !== null).map((d) => d.activities));
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
  const outputs = chartMessage("expectedOutputs", language).toLocaleLowerCase(language);
  const activityText = (d: Datum) =>
    chartMessage("timelineCellLabel", language, { activities: d.activities });

  const marginLeft = Math.min(280, Math.ceil(Math.max(...rowLabels.map((l) => textWidth(l, 11))) * 1.1) + 16);
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
            chartMessage("outputsShort", language, { count: formatNumber(d.expectedOutputs ?? 0, language) }),
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

  const title = chartMessage("timelineTitle", language);
  const ariaLabel = chartMessage("timelineAria", language, { units: units.join(", ") });
  const summary = `${plans
    .map((plan, i) => {
      const load = loads[i];
      const outside = load?.outsidePeriod.length ?? 0;
      return chartMessage("timelineUnitSummary", language, {
        unit: units[i] ?? "",
        year: periodText(plan),
        perQuarter: (load?.quarters ?? []).map((q) => q.activities.length).join(", "),
        unscheduled: load?.unscheduled.length ?? 0,
        outside: outside > 0 ? chartMessage("timelineOutside", language, { count: outside }) : "",
      });
    })
    .join(chartMessage("sentenceSeparator", language))}.`;
  const element = decorateSvg(
    svg,
    {
      title,
      ariaLabel,
      summary,
      legend: [
        { label: chartMessage("activities", language), fill: String(shade.apply(max * 0.7)) },
        {
          label: `${chartMessage("unscheduled", language)} / ${chartMessage("outsidePeriod", language)}`,
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
        { key: "unit", label: chartMessage("unit", language) },
        { key: "column", label: chartMessage("bucketColumn", language) },
        { key: "activities", label: chartMessage("activities", language) },
        { key: "expectedOutputs", label: chartMessage("expectedOutputs", language) },
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

function periodText(plan: Plan): string {
  const { start, end } = plan.period;
  return start === end ? start : `${start}–${end}`;
}
