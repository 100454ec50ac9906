import * as Plot from "@observablehq/plot";
import { formatMessage } from "@parcomms/core";
import { type CoverageGaps, coverageGaps } from "../gaps/index";
import { decorateSvg } from "./_lib/decorateSvg";
import { formatNumber } from "./_lib/formatNumber";
import { CELL_STROKE, OKABE_ITO } from "./_lib/palette";
import { resolveDocument } from "./_lib/resolveDocument";
import type { ChartDescriptor } from "./ChartDescriptor";
import { ChartError } from "./ChartError";
import type { ChartOptions, ChartResult } from "./ChartResult";
import { chartMessages } from "./chartMessages";

/** Options of {@link gapScorecardChart}. */
export type GapScorecardChartOptions = ChartOptions;

type State = "covered" | "gap" | "not-applicable";
const STATES: readonly State[] = ["covered", "gap", "not-applicable"];
const FILL: Record<State, string> = {
  covered: OKABE_ITO.bluishGreen,
  gap: OKABE_ITO.vermillion,
  "not-applicable": "#DDDDDD",
};
const SYMBOL: Record<State, string> = { covered: "✓", gap: "✗", "not-applicable": "–" };
const INK: Record<State, string> = { covered: "#FFFFFF", gap: "#FFFFFF", "not-applicable": "#555555" };
const ROW = 18;
const COLUMN = 92;

/**
 * The chart descriptor of the gap scorecard ({@link gapScorecardChart}) of
 * `coverageGaps(plans, { peers })`; without peers the plans are compared with each other: its id
 * "scorecard", title, name and description in both languages, and how it is prepared and drawn. Listed
 * in the {@link chartRegistry}.
 *
 * @example
 * scorecardChart.id // "scorecard"
 * scorecardChart.render(scorecardChart.prepare({ plans: realPlans }), { document, language: "en" }).title
 */
export const scorecardChart: ChartDescriptor<"scorecard", CoverageGaps> = {
  id: "scorecard",
  title: chartMessages["chart.scorecardTitle"],
  name: chartMessages["chart.scorecardName"],
  description: chartMessages["chart.scorecardDescription"],
  needs: "plans and peers",
  prepare: ({ plans, peers }) => coverageGaps(plans, peers ? { peers } : {}),
  render: (gaps, options) => gapScorecardChart(gaps, options),
};

/**
 * A scorecard of units × themes from `coverageGaps`: one column per unit,
 * one row per theme, each cell covered (bluish green, ✓), a gap (vermillion,
 * ✗) or not applicable to the unit (grey, –), so colour is never the only
 * cue. A gap's tooltip and table row give the share of comparable peers that
 * cover the theme.
 *
 * @param gaps - the result of `coverageGaps(plans, …)`
 * @param options - see {@link ChartOptions}
 * @returns the chart, its title, summary and table (one row per unit and theme)
 * @example
 * gapScorecardChart(coverageGaps(realPlans), { document }).summary
 * // "xã Sơn Mầu phủ 21/27 chủ đề áp dụng được; khoảng trống: …"
 */
export function gapScorecardChart(gaps: CoverageGaps, options: GapScorecardChartOptions = {}): ChartResult {
  const language = options.language ?? "vi";
  const document = resolveDocument(options.document, language);
  const { scorecard } = gaps;
  if (scorecard.units.length === 0) throw new ChartError("chart/no-plans", { chart: "scorecard" }, language);
  const unitOf = new Map(scorecard.units.map((u) => [u.planId, capitalise(u.unitName)]));
  const themeOf = new Map(scorecard.themes.map((t) => [t.code, t.label[language]]));
  const units = scorecard.units.map((u) => capitalise(u.unitName));
  const stateName = (s: State) => formatMessage(chartMessages, `chart.gap.${s}`, {}, language);
  const cells = scorecard.cells.map((c) => ({
    unit: unitOf.get(c.planId) ?? c.planId,
    theme: themeOf.get(c.theme) ?? c.theme,
    state: c.state,
    peerShare: c.peerShare,
  }));
  type Cell = (typeof cells)[number];
  const share = (d: Cell) =>
    d.peerShare === null
      ? ""
      : `\n${formatMessage(chartMessages, "chart.peerShare", {}, language)}: ${formatNumber(d.peerShare * 100, language)}%`;

  const marginLeft = 250;
  const svg = Plot.plot({
    document,
    width: options.width ?? marginLeft + units.length * COLUMN + 10,
    height: 54 + scorecard.themes.length * ROW + 10,
    marginLeft,
    marginTop: 54,
    marginBottom: 10,
    x: { domain: units, axis: null, padding: 0.04 },
    y: { domain: scorecard.themes.map((t) => t.label[language]), axis: null, padding: 0.06 },
    marks: [
      Plot.cell(cells, {
        x: "unit",
        y: "theme",
        fill: (d: Cell) => FILL[d.state],
        stroke: CELL_STROKE,
        title: (d: Cell) => `${d.unit}\n${d.theme}\n${stateName(d.state)}${share(d)}`,
      }),
      Plot.text(cells, {
        x: "unit",
        y: "theme",
        text: (d: Cell) => SYMBOL[d.state],
        fill: (d: Cell) => INK[d.state],
        fontSize: 11,
      }),
      Plot.axisX({
        anchor: "top",
        tickSize: 0,
        label: null,
        fontSize: 10,
        fontWeight: "bold",
        lineWidth: (COLUMN - 6) / 10 / 1.15,
      }),
      Plot.axisY({
        tickSize: 0,
        label: null,
        fontSize: 10,
        lineWidth: (marginLeft - 10) / 10 / 1.15,
        textOverflow: "ellipsis",
      }),
    ],
  }) as SVGSVGElement;

  const separator = formatMessage(chartMessages, "chart.listSeparator", {}, language);
  const title = formatMessage(chartMessages, "chart.scorecardTitle", {}, language);
  const ariaLabel = formatMessage(
    chartMessages,
    "chart.scorecardAria",
    { units: units.join(", ") },
    language,
  );
  const summary = `${gaps.units
    .map((u) =>
      formatMessage(
        chartMessages,
        "chart.scorecardUnitSummary",
        {
          unit: capitalise(u.unitName),
          covered: u.coverage.themes.covered,
          applicable: u.coverage.themes.total,
          gaps:
            u.absolute.themes.length === 0
              ? formatMessage(chartMessages, "chart.scorecardNoGap", {}, language)
              : u.absolute.themes.map((code) => `“${themeOf.get(code) ?? code}”`).join(separator),
        },
        language,
      ),
    )
    .join(formatMessage(chartMessages, "chart.sentenceSeparator", {}, language))}.`;
  const outline = {
    lead: formatMessage(chartMessages, "chart.scorecardLead", { count: gaps.units.length }, language),
    items: gaps.units.map((u) => {
      const counts = {
        unit: capitalise(u.unitName),
        covered: u.coverage.themes.covered,
        applicable: u.coverage.themes.total,
      };
      return u.absolute.themes.length === 0
        ? {
            text: `${formatMessage(chartMessages, "chart.scorecardUnitSummary", { ...counts, gaps: formatMessage(chartMessages, "chart.scorecardNoGap", {}, language) }, language)}.`,
          }
        : {
            text: formatMessage(
              chartMessages,
              "chart.scorecardUnitLine",
              { ...counts, count: u.absolute.themes.length },
              language,
            ),
            list: u.absolute.themes.map((code) => themeOf.get(code) ?? code),
          };
    }),
  };
  const element = decorateSvg(
    svg,
    {
      title,
      ariaLabel,
      summary,
      legend: STATES.map((s) => ({
        label: stateName(s),
        fill: FILL[s],
        symbol: SYMBOL[s],
        symbolFill: INK[s],
      })),
    },
    document,
  );
  return {
    element,
    title,
    ariaLabel,
    summary,
    outline,
    table: {
      columns: [
        { key: "unit", label: formatMessage(chartMessages, "chart.unit", {}, language) },
        { key: "theme", label: formatMessage(chartMessages, "chart.theme", {}, language) },
        { key: "state", label: formatMessage(chartMessages, "chart.state", {}, language) },
        { key: "peerShare", label: formatMessage(chartMessages, "chart.peerShare", {}, language) },
      ],
      rows: cells.map((d) => ({
        unit: d.unit,
        theme: d.theme,
        state: stateName(d.state),
        peerShare: d.peerShare,
      })),
    },
  };
}

function capitalise(name: string): string {
  return `${name.charAt(0).toLocaleUpperCase("vi")}${name.slice(1)}`;
}
