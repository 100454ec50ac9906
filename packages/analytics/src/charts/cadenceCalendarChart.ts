import * as Plot from "@observablehq/plot";
import {
  expandFrequency,
  type Frequency,
  formatMessage,
  type Plan,
  type PlanPeriod,
  type PlanTask,
  periodInterval,
  planTasks,
  type Quota,
  resolveTimeframe,
  themeChannelMatrix,
  vocabulary,
} from "@parcomms/core";
import { taskTitle } from "./_lib/activityTitles";
import { decorateSvg } from "./_lib/decorateSvg";
import { formatNumber } from "./_lib/formatNumber";
import { CELL_STROKE, COUNT_SCHEME, EMPTY_FILL } from "./_lib/palette";
import { resolveDocument } from "./_lib/resolveDocument";
import { textWidth } from "./_lib/textWidth";
import { unitLabel } from "./_lib/unitLabel";
import type { ChartDescriptor } from "./ChartDescriptor";
import { ChartError } from "./ChartError";
import type { ChartOptions, ChartResult } from "./ChartResult";
import { chartMessages } from "./chartMessages";

/** Options of {@link cadenceCalendarChart}. */
export type CadenceCalendarChartOptions = ChartOptions;

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const MONTH_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const SHORT_UNITS = new Set(["day", "week", "month"]);

/**
 * The chart descriptor of the calendar of expected outputs by month ({@link cadenceCalendarChart}),
 * drawn from the plans: its id "cadence", title, name and description in both languages, and how it is
 * prepared and drawn. Listed in the {@link chartRegistry}.
 *
 * @example
 * cadenceChart.id // "cadence"
 * cadenceChart.render(cadenceChart.prepare({ plans: realPlans }), { document, language: "en" }).title
 */
export const cadenceChart: ChartDescriptor<"cadence", readonly Plan[]> = {
  id: "cadence",
  title: chartMessages["chart.cadenceTitle"],
  name: chartMessages["chart.cadenceName"],
  description: chartMessages["chart.cadenceDescription"],
  needs: "plans",
  prepare: ({ plans }) => plans,
  render: (plans, options) => cadenceCalendarChart(plans, options),
};

/**
 * A calendar of the outputs the plans expect, month by month: one row per
 * frequency (tần suất) or quota (chỉ tiêu) of a piece of work (an activity,
 * or a sub-task of an assignment block, as `planTasks` gives them; a rate
 * the block states once for its sub-tasks is one row), one column per
 * month of the plan's first year, the cell's shade and number the outputs
 * due that month. A frequency is expanded with `expandFrequency` over the
 * activity's timeframe (clipped to the plan period; the whole period when it
 * has none); a quota over the whole plan period, since it promises outputs
 * for the period whatever deadline the activity's other tasks carry. A slot of a day, week or month counts in its month
 * (a week in the month holding most of its days); a slot of a quarter, half
 * year or year is due by its end, so it counts in its last month ("hàng quý
 * ít nhất 01 tin/bài" shows 1 in March, June, September and December). An
 * activity with two quotas has two rows: both are promises to check. Rows of
 * activities dated only by a trigger stay, empty.
 *
 * @param plans - the plans; their activities with a frequency or quota become rows, in plan order
 * @param options - see {@link ChartOptions}
 * @returns the chart, its title, summary and table (one row per frequency or quota, a column per month)
 * @example
 * // 003:374 "Mỗi tháng 01 kỳ": one issue of the radio column every month.
 * cadenceCalendarChart([plan003], { document }).table.rows[0] // { …, m1: 1, m2: 1, …, m12: 1, total: 12 }
 */
export function cadenceCalendarChart(
  plans: readonly Plan[],
  options: CadenceCalendarChartOptions = {},
): ChartResult {
  const language = options.language ?? "vi";
  const document = resolveDocument(options.document, language);
  if (plans.length === 0) throw new ChartError("chart/no-plans", { chart: "cadence" }, language);
  const units = plans.map((plan) => unitLabel(plan, language));

  const rows = plans.flatMap((plan, i) => {
    // No period, no months to place a rate in: the plan's summary says so, no year is guessed.
    const period = plan.period;
    if (!period) return [];
    // A rate a block states once is inherited by each sub-task that leaves it out: one row, not one per sub-task.
    const seen = new Set<Frequency | Quota>();
    return planTasks(plan).flatMap((activity) =>
      ratesOf(activity)
        .filter((rate) => !seen.has(rate) && seen.add(rate))
        .map((rate) => {
          const months = monthCounts(rate, activity, period);
          const ref = activity.subtask?.ref
            ? `${activity.origin.ref} ${activity.subtask.ref})`
            : activity.origin.ref;
          return {
            unit: units[i] ?? "",
            year: Number(period.start.slice(0, 4)),
            label: `${units[i]} · ${ref}: ${rate.raw ?? activity.title}`,
            activity: taskTitle(activity),
            rate: rate.raw ?? "",
            months,
            total: months.reduce((a, b) => a + b, 0),
          };
        }),
    );
  });
  type Row = (typeof rows)[number];
  const cells = rows.flatMap((r) =>
    MONTHS.map((m) => ({ label: r.label, month: m, count: r.months[m - 1] ?? 0 })),
  );
  const max = cells.map((c) => c.count).reduce((m, v) => Math.max(m, v), 1);
  const shade = Plot.scale({ color: { type: "linear", scheme: COUNT_SCHEME, domain: [0, max * 1.15] } });
  const monthName = (m: number) => (language === "vi" ? `T${m}` : (MONTH_EN[m - 1] ?? String(m)));

  const labels = rows.map((r) => r.label);
  const marginLeft = Math.min(
    360,
    Math.ceil(labels.map((l) => textWidth(l, 10)).reduce((m, v) => Math.max(m, v), 120) * 1.1) + 14,
  );
  const svg = Plot.plot({
    document,
    width: options.width ?? marginLeft + 12 * 34 + 10,
    height: 30 + Math.max(1, rows.length) * 26 + 10,
    marginLeft,
    marginTop: 30,
    marginBottom: 10,
    x: { domain: MONTHS, axis: "top", tickFormat: monthName, label: null, padding: 0.06, tickSize: 0 },
    y: { domain: labels, axis: null, padding: 0.1 },
    marks: [
      Plot.cell(cells, {
        x: "month",
        y: "label",
        fill: (d: (typeof cells)[number]) => (d.count > 0 ? String(shade.apply(d.count)) : EMPTY_FILL),
        stroke: CELL_STROKE,
        title: (d: (typeof cells)[number]) => `${d.label}\n${monthName(d.month)}: ${d.count}`,
      }),
      Plot.text(
        cells.filter((d) => d.count > 0),
        {
          x: "month",
          y: "label",
          text: (d: (typeof cells)[number]) => formatNumber(d.count, language),
          fill: (d: (typeof cells)[number]) => (d.count > max * 0.6 ? "#FFFFFF" : "#000000"),
          fontSize: 10,
        },
      ),
      Plot.axisY({
        tickSize: 0,
        fontSize: 10,
        label: null,
        lineWidth: (marginLeft - 12) / 10 / 1.1,
        textOverflow: "ellipsis",
      }),
    ],
  }) as SVGSVGElement;

  const title = formatMessage(chartMessages, "chart.cadenceTitle", {}, language);
  const ariaLabel = formatMessage(chartMessages, "chart.cadenceAria", { units: units.join(", ") }, language);
  const summary = `${plans
    .map((plan, i) => {
      const own = rows.filter((r) => r.unit === units[i]);
      if (!plan.period) {
        const params = { unit: units[i] ?? "", year: vocabulary.values.unknown[language] };
        return formatMessage(chartMessages, "chart.cadenceNoPeriod", params, language);
      }
      const params = { unit: units[i] ?? "", year: plan.period.start.slice(0, 4) };
      if (own.length === 0) return formatMessage(chartMessages, "chart.cadenceNone", params, language);
      // The year's outputs count each activity once, at its most demanding quota (as the rollups do).
      const total = themeChannelMatrix(plan).total.expectedPerYear;
      return formatMessage(
        chartMessages,
        "chart.cadenceUnitSummary",
        {
          ...params,
          rows: own.length,
          total: formatNumber(total, language),
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
          label: formatMessage(chartMessages, "chart.outputsShort", { count: 1 }, language),
          fill: String(shade.apply(1)),
        },
        {
          label: formatMessage(
            chartMessages,
            "chart.outputsShort",
            { count: formatNumber(max, language) },
            language,
          ),
          fill: String(shade.apply(max)),
        },
      ].filter((_item, i) => i === 0 || max > 1),
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
        { key: "year", label: formatMessage(chartMessages, "chart.year", {}, language) },
        { key: "activity", label: formatMessage(chartMessages, "chart.activity", {}, language) },
        { key: "rate", label: formatMessage(chartMessages, "chart.rate", {}, language) },
        ...MONTHS.map((m) => ({
          key: `m${m}`,
          label: `${formatMessage(chartMessages, "chart.month", {}, language)} ${m}`,
        })),
        { key: "total", label: formatMessage(chartMessages, "chart.expectedOutputs", {}, language) },
      ],
      rows: rows.map((r: Row) => ({
        unit: r.unit,
        year: r.year,
        activity: r.activity,
        rate: r.rate,
        ...Object.fromEntries(MONTHS.map((m) => [`m${m}`, r.months[m - 1] ?? 0])),
        total: r.total,
      })),
    },
  };
}

/** The activity's frequency, then each of its quotas. */
function ratesOf(activity: PlanTask): (Frequency | Quota)[] {
  return [...(activity.frequency ? [activity.frequency] : []), ...activity.quotas];
}

/** Outputs due in each month (index 0 = January) of the plan's first year. */
function monthCounts(rate: Frequency | Quota, activity: PlanTask, period: PlanPeriod): number[] {
  const counts = MONTHS.map(() => 0);
  const year = period.start.slice(0, 4);
  const firstYear = periodInterval(year);
  // A quota is a promise for the plan's period ("tối thiểu 12 tin/bài trong năm"), whatever deadline the
  // activity's other tasks have (002 V.1: the deadline binds drafting the units' plans); a frequency runs
  // through the activity's own timeframe.
  const span =
    activity.timeframe && rate.kind === "frequency"
      ? resolveTimeframe(activity.timeframe, period, { clip: true })
      : periodInterval(period);
  if (!span) return counts;
  const within = {
    start: span.start > firstYear.start ? span.start : firstYear.start,
    end: span.end < firstYear.end ? span.end : firstYear.end,
  };
  if (within.start > within.end) return counts;
  const frequency: Frequency =
    rate.kind === "frequency" ? rate : { kind: "frequency", count: rate.count, per: rate.per, interval: 1 };
  for (const slot of expandFrequency(frequency, within)) {
    const month = SHORT_UNITS.has(frequency.per) ? Number(slot.month.slice(5)) : slot.end.getMonth() + 1;
    if (slot.end.getFullYear() !== Number(year) && !SHORT_UNITS.has(frequency.per)) continue;
    counts[month - 1] = (counts[month - 1] ?? 0) + slot.count;
  }
  return counts;
}
