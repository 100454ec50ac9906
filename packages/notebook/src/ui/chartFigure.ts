import type { ChartResult } from "@parcomms/analytics";
import type { Language } from "@parcomms/core";
import { h } from "../dom/h";
import { setChildren } from "../dom/setChildren";
import { t } from "../i18n/t";
import { chartSummary } from "./chartSummary";
import { dataTable } from "./dataTable";
import { exportBar } from "./exportBar";

/** The marks of a chart that carry details (`<title>`): those naming activities if any, else all. */
function detailedMarks(svg: Element): Element[] {
  const marks = Array.from(svg.querySelectorAll(":scope g > :is(rect, path, text, circle, g) > title")).map(
    (title) => title.parentElement as Element,
  );
  const withActivities = marks.filter((m) =>
    m.querySelector(":scope > title")?.textContent?.includes("\n• "),
  );
  return withActivities.length > 0 ? withActivities : marks;
}

/** A mark's details as the "behind this cell" line shows them: its heading lines, then its activities as a list. */
function details(language: Language, text: string): (Node | string)[] {
  const lines = text.split("\n");
  const items = lines.filter((l) => l.startsWith("• ") || l.startsWith("… "));
  const heading = lines.filter((l) => !items.includes(l));
  return [
    h("strong", {}, heading.join(" · ")),
    items.length > 0
      ? h(
          "span",
          { class: "behind" },
          ` ${t(language, "chart.behind")} `,
          h(
            "ul",
            {},
            items.map((l) => h("li", {}, l.replace(/^• /, ""))),
          ),
        )
      : "",
  ];
}

/**
 * A chart as the notebook shows it: the generated summary (the text
 * alternative, visible to everyone, as a list for charts of several units;
 * the title is drawn in the chart itself), a box above the chart that names
 * the activities behind the cell under the pointer or under keyboard focus
 * (Tab to the chart, then the arrow keys), the chart, the
 * same data as a table, and export buttons (CSV, JSON, SVG, PNG).
 *
 * @param language - the interface language
 * @param name - base of export file names and of the element id ("heatmap")
 * @param chart - what the analytics chart function returned
 * @returns the figure
 * @example
 * chartFigure("vi", "heatmap", themeChannelHeatmap(plans, { language: "vi" }))
 */
export function chartFigure(language: Language, name: string, chart: ChartResult): HTMLElement {
  const hover = h(
    "div",
    { class: "hover-note", "aria-live": "polite", id: `hover-${name}` },
    t(language, "chart.hoverNone"),
  );
  const canvas = h(
    "div",
    {
      class: "chart-canvas",
      tabindex: 0,
      role: "group",
      "aria-label": t(language, "chart.keys", { chart: chart.title }),
      "aria-describedby": hover.id,
    },
    chart.element,
  );
  let current: Element | undefined;
  const show = (mark: Element | undefined) => {
    current?.classList.remove("mark-focus");
    current = mark;
    const text = mark?.querySelector(":scope > title")?.textContent;
    if (!mark || !text) return;
    mark.classList.add("mark-focus");
    setChildren(hover, details(language, text));
  };
  // Plot marks carry their details (the activities behind a cell) in <title>.
  canvas.addEventListener("pointerover", (event) => {
    let node = event.target instanceof Element ? event.target : null;
    while (node && node !== canvas) {
      if (node.querySelector(":scope > title")?.textContent && node !== chart.element) return show(node);
      node = node.parentElement;
    }
  });
  canvas.addEventListener("focus", () => {
    if (!current) show(detailedMarks(chart.element)[0]);
  });
  canvas.addEventListener("keydown", (event) => {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, PageDown: 10, PageUp: -10 }[
      event.key
    ];
    const marks = detailedMarks(chart.element);
    if (marks.length === 0) return;
    const at = current ? marks.indexOf(current) : -1;
    let next: number | undefined;
    if (step !== undefined) next = Math.min(marks.length - 1, Math.max(0, at + step));
    else if (event.key === "Home") next = 0;
    else if (event.key === "End") next = marks.length - 1;
    if (next === undefined) return;
    event.preventDefault();
    show(marks[next]);
    current?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
  });
  // The table is built when first opened: most redraws are never looked at as a table.
  const tableView = h("details", { class: "table-view" }, h("summary", {}, t(language, "chart.showTable")));
  tableView.addEventListener("toggle", () => {
    if (tableView.open && !tableView.querySelector("table"))
      tableView.append(dataTable(chart.table, chart.title));
  });
  return h(
    "figure",
    { class: "chart", id: `chart-${name}`, "data-chart": name },
    chartSummary(chart),
    hover,
    canvas,
    tableView,
    exportBar(language, { name, what: chart.title, table: chart.table, chart: chart.element }),
  );
}
