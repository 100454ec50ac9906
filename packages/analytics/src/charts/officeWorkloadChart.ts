import * as Plot from "@observablehq/plot";
import { formatMessage, officeWorkload, type Plan } from "@parcomms/core";
import { activityTitles } from "./_lib/activityTitles";
import { decorateSvg } from "./_lib/decorateSvg";
import { OKABE_ITO } from "./_lib/palette";
import { resolveDocument } from "./_lib/resolveDocument";
import { unitLabel } from "./_lib/unitLabel";
import type { ChartDescriptor } from "./ChartDescriptor";
import { ChartError } from "./ChartError";
import type { ChartOptions, ChartResult } from "./ChartResult";
import { chartMessages } from "./chartMessages";

/** Options of {@link officeWorkloadChart}. */
export type OfficeWorkloadChartOptions = ChartOptions;

const ROLES = ["lead", "coordinating", "requested"] as const;
const ROLE_FILL = {
  lead: OKABE_ITO.blue,
  coordinating: OKABE_ITO.orange,
  requested: OKABE_ITO.reddishPurple,
} as const;
const FOCAL = "★";
const ROW = 17;
const NAMES = 270;
const BARS = 260;

/**
 * The chart descriptor of what each office leads and coordinates ({@link officeWorkloadChart}), drawn
 * from the plans: its id "workload", title, name and description in both languages, and how it is
 * prepared and drawn. Listed in the {@link chartRegistry}.
 *
 * @example
 * workloadChart.id // "workload"
 * workloadChart.render(workloadChart.prepare({ plans: realPlans }), { document, language: "en" }).title
 */
export const workloadChart: ChartDescriptor<"workload", readonly Plan[]> = {
  id: "workload",
  title: chartMessages["chart.workloadTitle"],
  name: chartMessages["chart.workloadName"],
  description: chartMessages["chart.workloadDescription"],
  needs: "plans",
  prepare: ({ plans }) => plans,
  render: (plans, options) => officeWorkloadChart(plans, options),
};

/**
 * The workload of each unit's offices (cơ quan, bộ phận) and assignee groups:
 * one horizontal bar per office, stacked from the pieces of work it leads
 * (chủ trì, blue), those it coordinates (phối hợp, orange) and those it is
 * requested to take part in (đề nghị, reddish purple: a body outside the
 * issuer's authority, such as the Front), with the parts at the end; the focal point (đầu mối) is marked ★. Units follow one another,
 * each under its name, each as tall as its own list. Offices with no task keep their row
 * (an empty bar is a finding). The data are `officeWorkload` per plan, its
 * rows in its order (offices, then groups, then unknown refs), counting
 * `planTasks` (a block's sub-tasks in place of the block). A plan with no
 * unit (a central body's) is headed "Trung ương" / "Central".
 *
 * @param plans - the plans, one facet each, in input order
 * @param options - see {@link OfficeWorkloadChartOptions}
 * @returns the chart, its title, summary and table (one row per office or group)
 * @example
 * officeWorkloadChart([plan000], { document }).summary
 * // "Xã Sơn Mầu: chủ trì nhiều nhất (5 hoạt động): Văn hóa – Xã hội xã, Văn phòng UBND xã; …"
 */
export function officeWorkloadChart(
  plans: readonly Plan[],
  options: OfficeWorkloadChartOptions = {},
): ChartResult {
  const language = options.language ?? "vi";
  const document = resolveDocument(options.document, language);
  if (plans.length === 0) throw new ChartError("chart/no-plans", { chart: "workload" }, language);
  const workloads = plans.map((plan) => officeWorkload(plan));
  const units = plans.map((plan) => unitLabel(plan, language));
  const rows = workloads.flatMap((workload, i) =>
    workload.map((r, index) => ({
      key: `${i}|${index}`,
      plan: i,
      leadIds: r.leadActivities,
      coordinatingIds: r.coordinatingActivities,
      requestedIds: r.requestedActivities,
      unit: units[i] ?? "",
      name: r.name,
      label: r.focalPoint ? `${FOCAL} ${r.name}` : r.name,
      kind: r.kind,
      leads: r.leads,
      coordinates: r.coordinates,
      requested: r.requested,
      focalPoint: r.focalPoint,
    })),
  );
  type Row = (typeof rows)[number];
  // One band per office, and a header band per unit above its offices (facets would pad every unit to the longest).
  const headers = units.map((label, i) => ({ key: `${i}|head`, label }));
  const domain = workloads.flatMap((w, i) => [`${i}|head`, ...w.map((_, index) => `${i}|${index}`)]);
  const bars = rows.flatMap((r) =>
    ROLES.map((role) => ({ ...r, role, count: countOf(r, role) })).filter((b) => b.count > 0),
  );
  const roleName = (role: (typeof ROLES)[number]) =>
    formatMessage(chartMessages, `chart.role.${role}`, {}, language);
  const max = rows.map((r) => r.leads + r.coordinates + r.requested).reduce((m, v) => Math.max(m, v), 1);

  const svg = Plot.plot({
    document,
    width: options.width ?? NAMES + BARS + 50,
    height: 30 + domain.length * ROW + 24,
    marginLeft: NAMES,
    marginRight: 50,
    marginTop: 30,
    marginBottom: 24,
    x: { domain: [0, max], nice: true, grid: true, label: null },
    y: { domain, axis: null, padding: 0.2 },
    color: { domain: [...ROLES], range: ROLES.map((r) => ROLE_FILL[r]) },
    marks: [
      Plot.barX(
        bars,
        Plot.stackX({
          x: "count",
          y: "key",
          fill: "role",
          order: [...ROLES],
          title: (d: (typeof bars)[number]) =>
            `${d.name}\n${roleName(d.role)}: ${d.count}` +
            activityTitles(
              plans[d.plan] as Plan,
              d.role === "lead" ? d.leadIds : d.role === "coordinating" ? d.coordinatingIds : d.requestedIds,
              language,
            ),
        }),
      ),
      Plot.text(rows, {
        x: 0,
        y: "key",
        text: "label",
        textAnchor: "end",
        dx: -6,
        fontSize: 10,
        lineWidth: (NAMES - 12) / 10 / 1.15,
        textOverflow: "ellipsis",
        title: "name",
      }),
      Plot.text(rows, {
        x: (d: Row) => d.leads + d.coordinates + d.requested,
        y: "key",
        text: (d: Row) => {
          const parts = [d.leads, d.coordinates, d.requested].filter((n) => n > 0);
          return parts.length > 1 ? parts.join(" + ") : String(parts[0] ?? 0);
        },
        textAnchor: "start",
        dx: 4,
        fontSize: 9,
      }),
      Plot.text(headers, {
        x: 0,
        y: "key",
        text: "label",
        textAnchor: "start",
        dx: -NAMES + 8,
        fontSize: 12,
        fontWeight: "bold",
      }),
      Plot.axisX({ anchor: "top", fontSize: 9, tickSize: 3, label: null }),
      Plot.axisX({ anchor: "bottom", fontSize: 9, tickSize: 3, label: null }),
    ],
  }) as SVGSVGElement;

  const title = formatMessage(chartMessages, "chart.workloadTitle", {}, language);
  const ariaLabel = formatMessage(chartMessages, "chart.workloadAria", { units: units.join(", ") }, language);
  const summary = `${workloads
    .map((workload, i) => {
      const unit = units[i] ?? "";
      const most = workload.map((r) => r.leads).reduce((m, v) => Math.max(m, v), 0);
      if (most === 0) return formatMessage(chartMessages, "chart.workloadNoLead", { unit }, language);
      const separator = formatMessage(chartMessages, "chart.listSeparator", {}, language);
      const focal = workload.filter((r) => r.focalPoint).map((r) => r.name);
      return (
        formatMessage(
          chartMessages,
          "chart.workloadUnitSummary",
          {
            unit,
            busiest: firstFew(
              workload.filter((r) => r.leads === most).map((r) => r.name),
              separator,
              language,
            ),
            leads: most,
            focal:
              focal.length > 0
                ? focal.join(separator)
                : formatMessage(chartMessages, "chart.noFocalPoint", {}, language),
            idle: workload.filter((r) => r.leads + r.coordinates + r.requested === 0).length,
            count: workload.length,
          },
          language,
        ) + requestedClause(workload, separator, language)
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
        ...ROLES.map((role) => ({ label: roleName(role), fill: ROLE_FILL[role] })),
        {
          label: formatMessage(chartMessages, "chart.focalPoint", {}, language),
          fill: "#FFFFFF",
          symbol: FOCAL,
          symbolFill: "#000000",
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
        { key: "office", label: formatMessage(chartMessages, "chart.office", {}, language) },
        { key: "kind", label: formatMessage(chartMessages, "chart.kind", {}, language) },
        { key: "leads", label: formatMessage(chartMessages, "chart.role.lead", {}, language) },
        { key: "coordinates", label: formatMessage(chartMessages, "chart.role.coordinating", {}, language) },
        { key: "requested", label: formatMessage(chartMessages, "chart.role.requested", {}, language) },
        { key: "focalPoint", label: formatMessage(chartMessages, "chart.focalPoint", {}, language) },
      ],
      rows: rows.map((r) => ({
        unit: r.unit,
        office: r.name,
        kind: formatMessage(chartMessages, `chart.kind.${r.kind}`, {}, language),
        leads: r.leads,
        coordinates: r.coordinates,
        requested: r.requested,
        focalPoint: formatMessage(chartMessages, r.focalPoint ? "chart.yes" : "chart.no", {}, language),
      })),
    },
  };
}

/** How many pieces of work a row counts in a role. */
function countOf(
  r: { leads: number; coordinates: number; requested: number },
  role: (typeof ROLES)[number],
): number {
  return role === "lead" ? r.leads : role === "coordinating" ? r.coordinates : r.requested;
}

/** "; được đề nghị tham gia: Ủy ban MTTQ tỉnh, …" when a body is requested, else "". */
function requestedClause(
  workload: readonly { name: string; requested: number }[],
  separator: string,
  language: "vi" | "en",
): string {
  const names = workload.filter((r) => r.requested > 0).map((r) => r.name);
  if (names.length === 0) return "";
  return formatMessage(
    chartMessages,
    "chart.workloadRequested",
    { bodies: firstFew(names, separator, language) },
    language,
  );
}

/** Up to three names, then "và N cơ quan khác" / "and N others". */
function firstFew(names: readonly string[], separator: string, language: "vi" | "en"): string {
  if (names.length <= 3) return names.join(separator);
  return `${names.slice(0, 3).join(separator)} ${formatMessage(chartMessages, "chart.andOthers", { count: names.length - 3 }, language)}`;
}
