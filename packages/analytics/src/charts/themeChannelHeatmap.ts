import * as Plot from "@observablehq/plot";
import {
  channels,
  codelistCoverage,
  formatMessage,
  type Plan,
  themeChannelMatrix,
  themes,
} from "@parcomms/core";
import { activityCount, activityTitles } from "./_lib/activityTitles";
import { codeLabel, inCodelistOrder, NONE_CODE } from "./_lib/codeLabel";
import { decorateSvg } from "./_lib/decorateSvg";
import { facetGrid } from "./_lib/facetGrid";
import { formatNumber } from "./_lib/formatNumber";
import { CELL_STROKE, EMPTY_FILL, OKABE_ITO } from "./_lib/palette";
import { resolveDocument } from "./_lib/resolveDocument";
import { textWidth } from "./_lib/textWidth";
import { unitLabel } from "./_lib/unitLabel";
import type { ChartDescriptor } from "./ChartDescriptor";
import { ChartError } from "./ChartError";
import type { ChartOptions, ChartResult } from "./ChartResult";
import { chartMessages } from "./chartMessages";

/** The state of one theme × channel cell of one unit. */
export type HeatmapState = "rate" | "planned" | "none";

/** Options of {@link themeChannelHeatmap}. */
export interface ThemeChannelHeatmapOptions extends ChartOptions {
  /** "top" (default): the top-level themes and channel groups; "leaf": codes as the activities carry them. */
  level?: "top" | "leaf";
  /** "used" (default): only themes some unit's activities carry; "all": every theme of the codelist level. */
  themes?: "used" | "all";
  /** Facets per row; default fits `width`, or 3 when no width is given. */
  columns?: number;
}

const STATES: readonly HeatmapState[] = ["rate", "planned", "none"];
const STATE_FILL: Record<HeatmapState, string> = {
  rate: OKABE_ITO.blue,
  planned: OKABE_ITO.skyBlue,
  none: EMPTY_FILL,
};
const STATE_TEXT: Record<HeatmapState, string> = { rate: "#FFFFFF", planned: "#000000", none: "#000000" };
const ROW = 18;
const CELL = 28;
const MAX_AXIS = 150;
/** Plot measures text in its own metrics; DejaVu Sans and most UI fonts run about this much wider. */
const EM = 1.15;

/**
 * The chart descriptor of the heatmap of themes × channels ({@link themeChannelHeatmap}), drawn from
 * the plans: its id "heatmap", title, name and description in both languages, and how it is prepared
 * and drawn. Listed in the {@link chartRegistry}.
 *
 * @example
 * heatmapChart.id // "heatmap"
 * heatmapChart.render(heatmapChart.prepare({ plans: realPlans }), { document, language: "en" }).title
 */
export const heatmapChart: ChartDescriptor<"heatmap", readonly Plan[]> = {
  id: "heatmap",
  title: chartMessages["chart.heatmapTitle"],
  name: chartMessages["chart.heatmapName"],
  description: chartMessages["chart.heatmapDescription"],
  needs: "plans",
  prepare: ({ plans }) => plans,
  render: (plans, options) => themeChannelHeatmap(plans, options),
};

/**
 * A heatmap of content themes (nội dung) by channel (hình thức tuyên truyền),
 * one facet per unit, facets wrapping into rows. Each cell has one of three
 * states, drawn in colour-blind-safe colours:
 *
 * - `rate` (dark blue): some activity carries the theme and the channel and
 *   has a quota or frequency, so the unit promises a checkable number of
 *   outputs (`expectedPerYear` > 0 in `themeChannelMatrix`);
 * - `planned` (light blue): activities carry both, but none says how many
 *   or how often;
 * - `none` (grey): no activity of the unit carries both.
 *
 * Planned cells show the number of activities. Activities with no theme or
 * no channel have their own "(Chưa gắn …)" row or column. The data are
 * `themeChannelMatrix` per plan; the summary adds `codelistCoverage`.
 *
 * @param plans - the plans, one facet each, in input order
 * @param options - see {@link ThemeChannelHeatmapOptions}
 * @returns the chart, its title, summary and table (planned cells only; every other cell is `none`)
 * @example
 * const { element, summary } = themeChannelHeatmap(realPlans, { document: new JSDOM("").window.document });
 * // summary starts "Xã Sơn Mầu: hoạt động phủ 4/21 chủ đề mà kế hoạch nêu …"
 */
export function themeChannelHeatmap(
  plans: readonly Plan[],
  options: ThemeChannelHeatmapOptions = {},
): ChartResult {
  const language = options.language ?? "vi";
  const document = resolveDocument(options.document, language);
  if (plans.length === 0) throw new ChartError("chart/no-plans", { chart: "heatmap" }, language);
  const level = options.level ?? "top";
  const inLevel = (e: { parent?: string | undefined }) => level === "leaf" || e.parent === undefined;
  const matrices = plans.map((plan) => themeChannelMatrix(plan, { level }));

  const themeCodes = inCodelistOrder(themes, [
    ...(options.themes === "all" ? themes.entries.filter(inLevel).map((e) => e.code) : []),
    ...matrices.flatMap((m) => m.themes.map((t) => t.theme)),
  ]);
  const channelCodes = inCodelistOrder(channels, [
    ...(level === "top" ? channels.entries.filter(inLevel).map((e) => e.code) : []),
    ...matrices.flatMap((m) => m.channels.map((c) => c.channel)),
  ]);
  const themeName = (code: string) => codeLabel(themes, code, language);
  const channelName = (code: string) => codeLabel(channels, code, language);
  const units = plans.map((plan) => unitLabel(plan, language));

  const marginLeft = 250;
  const longest = channelCodes
    .map((c) => textWidth(channelName(c), 10))
    .reduce((m, v) => Math.max(m, v), -Infinity);
  const AXIS = Math.min(MAX_AXIS, Math.ceil(longest) + 14);
  const grid = facetGrid({
    count: plans.length,
    facetWidth: channelCodes.length * CELL,
    facetHeight: themeCodes.length * ROW,
    marginLeft,
    marginRight: 10,
    labelHeight: 26,
    axisHeight: AXIS,
    gapX: 14,
    defaultColumns: options.columns ?? 3,
    ...(options.width ? { width: options.width } : {}),
  });

  const cells = plans.flatMap((_, i) => {
    const { fx, fy } = grid.at(i);
    const byKey = new Map((matrices[i]?.cells ?? []).map((c) => [`${c.theme}|${c.channel}`, c]));
    return themeCodes.flatMap((theme) =>
      channelCodes.map((channel) => {
        const cell = byKey.get(`${theme}|${channel}`);
        const state: HeatmapState = !cell ? "none" : cell.expectedPerYear > 0 ? "rate" : "planned";
        return {
          fx,
          fy,
          unit: units[i] ?? "",
          theme,
          channel,
          state,
          plan: i,
          ids: cell?.activities ?? [],
          activities: cell?.activities.length ?? 0,
          expectedPerYear: cell?.expectedPerYear ?? 0,
        };
      }),
    );
  });
  const stateLabel = (s: HeatmapState) => formatMessage(chartMessages, `chart.heatmap.${s}`, {}, language);
  const tip = (d: (typeof cells)[number]) =>
    `${d.unit}\n${themeName(d.theme)} × ${channelName(d.channel)}\n${stateLabel(d.state)}` +
    (d.activities > 0
      ? `: ${activityCount(d.activities, language)}${activityTitles(plans[d.plan] as Plan, d.ids, language)}`
      : "");

  const svg = Plot.plot({
    document,
    ...grid.plotOptions,
    x: { domain: channelCodes, padding: 0, axis: null },
    y: { domain: themeCodes, padding: 0, axis: null },
    color: { type: "ordinal", domain: [...STATES], range: STATES.map((s) => STATE_FILL[s]) },
    marks: [
      Plot.cell(cells, {
        x: "channel",
        y: "theme",
        fx: "fx",
        fy: "fy",
        fill: "state",
        stroke: CELL_STROKE,
        strokeWidth: 1.5,
        title: tip,
      }),
      Plot.text(
        cells.filter((d) => d.activities > 0),
        {
          x: "channel",
          y: "theme",
          fx: "fx",
          fy: "fy",
          text: "activities",
          fill: (d: (typeof cells)[number]) => STATE_TEXT[d.state],
          fontSize: 9,
          // The count sits on the cell: let the pointer reach the cell and its tooltip.
          pointerEvents: "none",
        },
      ),
      Plot.axisY({
        tickFormat: themeName,
        tickSize: 0,
        label: null,
        lineWidth: (marginLeft - 10) / 10 / EM,
        textOverflow: "ellipsis",
        fontSize: 10,
      }),
      Plot.axisX({
        facetAnchor: null,
        tickFormat: channelName,
        tickRotate: -90,
        tickSize: 0,
        label: null,
        lineWidth: (AXIS - 10) / 10 / EM,
        textOverflow: "ellipsis",
        fontSize: 10,
      }),
      Plot.text(
        plans.map((_, i) => ({ ...grid.at(i), label: units[i] ?? "" })),
        {
          fx: "fx",
          fy: "fy",
          text: "label",
          frameAnchor: "top-left",
          dy: -10,
          fontSize: 12,
          fontWeight: "bold",
          lineWidth: (channelCodes.length * CELL) / 12 / EM,
          textOverflow: "ellipsis",
        },
      ),
    ],
  }) as SVGSVGElement;

  const title = formatMessage(chartMessages, "chart.heatmapTitle", {}, language);
  const ariaLabel = formatMessage(chartMessages, "chart.heatmapAria", { units: units.join(", ") }, language);
  const unitSummaries = plans.map((plan, i) =>
    unitSummary(plan, matrices[i], units[i] ?? "", level, language),
  );
  const summary = unitSummaries.join(formatMessage(chartMessages, "chart.sentenceSeparator", {}, language));
  const outline = {
    lead: formatMessage(chartMessages, "chart.heatmapLead", { count: plans.length }, language),
    items: unitSummaries.map((text) => ({ text: `${text}.` })),
  };
  const element = decorateSvg(
    svg,
    {
      title,
      ariaLabel,
      summary: `${summary}.`,
      legend: STATES.map((s) => ({ label: stateLabel(s), fill: STATE_FILL[s] })),
    },
    document,
  );

  const planned = cells.filter((d) => d.state !== "none");
  return {
    element,
    title,
    ariaLabel,
    summary: `${summary}.`,
    outline,
    table: {
      columns: [
        { key: "unit", label: formatMessage(chartMessages, "chart.unit", {}, language) },
        { key: "theme", label: formatMessage(chartMessages, "chart.theme", {}, language) },
        { key: "channel", label: formatMessage(chartMessages, "chart.channel", {}, language) },
        { key: "state", label: formatMessage(chartMessages, "chart.state", {}, language) },
        { key: "activities", label: formatMessage(chartMessages, "chart.activities", {}, language) },
        {
          key: "expectedPerYear",
          label: formatMessage(chartMessages, "chart.expectedPerYear", {}, language),
        },
      ],
      rows: planned.map((d) => ({
        unit: d.unit,
        theme: themeName(d.theme),
        channel: channelName(d.channel),
        state: stateLabel(d.state),
        activities: d.activities,
        expectedPerYear: d.expectedPerYear,
      })),
    },
  };
}

function unitSummary(
  plan: Plan,
  matrix: ReturnType<typeof themeChannelMatrix> | undefined,
  unit: string,
  level: "top" | "leaf",
  language: "vi" | "en",
): string {
  const coverage = codelistCoverage(plan).themes[level];
  const activityThemes = (matrix?.themes ?? []).filter((t) => t.theme !== NONE_CODE).length;
  const cells = (matrix?.cells ?? []).length;
  const rateCells = (matrix?.cells ?? []).filter((c) => c.expectedPerYear > 0).length;
  const topOf = (code: string) => channels.entries.find((e) => e.code === code)?.parent ?? code;
  const used = new Set((matrix?.channels ?? []).map((c) => topOf(c.channel)));
  const groups = channels.entries.filter((e) => e.parent === undefined);
  const unused = groups.filter((g) => !used.has(g.code)).map((g) => `“${g.label[language]}”`);
  const channelGap =
    unused.length === 0
      ? formatMessage(chartMessages, "chart.heatmapNoChannelGap", { count: groups.length }, language)
      : formatMessage(
          chartMessages,
          "chart.heatmapChannelGap",
          {
            channels: unused.join(formatMessage(chartMessages, "chart.listSeparator", {}, language)),
          },
          language,
        );
  return formatMessage(
    chartMessages,
    "chart.heatmapUnitSummary",
    {
      unit,
      activityThemes,
      planThemes: coverage.covered.length,
      total: coverage.covered.length + coverage.uncovered.length,
      rateCells: formatNumber(rateCells, language),
      cells,
      channelGap,
    },
    language,
  );
}
