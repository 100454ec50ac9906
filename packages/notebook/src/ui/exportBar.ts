import type { Language } from "@parcomms/core";
import { h } from "../dom/h";
import { download } from "../export/download";
import { svgMarkup } from "../export/svgMarkup";
import { svgToPng } from "../export/svgToPng";
import { type ExportTable, toCsv } from "../export/toCsv";
import { t } from "../i18n/t";

/** What an export bar can save. */
export interface Exportable {
  /** Base of the file names ("heatmap"). */
  readonly name: string;
  /** What it is, for the buttons' accessible names ("the heatmap"). */
  readonly what: string;
  readonly table: ExportTable;
  /** The chart, for SVG and PNG; absent for a table alone. */
  readonly chart?: Element;
  /** JSON to save; default the table's rows. */
  readonly json?: unknown;
}

/**
 * Buttons that download what a section shows: the table as CSV (formula cells
 * neutralised) and JSON, and the chart as SVG and PNG.
 *
 * @param language - the interface language
 * @param item - what to export
 * @returns the button group
 * @example
 * exportBar("vi", { name: "so-sanh", what: "bảng so sánh", table })
 */
export function exportBar(language: Language, item: Exportable): HTMLElement {
  const file = (ext: string) => `${item.name}-${language}.${ext}`;
  const button = (format: string, action: () => void | Promise<void>) =>
    h(
      "button",
      {
        type: "button",
        class: "export",
        "data-export": format.toLowerCase(),
        "aria-label": t(language, "chart.exportLabel", { what: item.what, format }),
        onclick: () => void action(),
      },
      format,
    );
  const chart = item.chart;
  return h(
    "div",
    { class: "export-bar", role: "group", "aria-label": `${t(language, "chart.export")}: ${item.what}` },
    h("span", { class: "export-label", "aria-hidden": "true" }, `${t(language, "chart.export")}:`),
    button("CSV", () => download(file("csv"), toCsv(item.table), "text/csv;charset=utf-8")),
    button("JSON", () =>
      download(
        file("json"),
        `${JSON.stringify(item.json ?? item.table.rows, null, 2)}\n`,
        "application/json;charset=utf-8",
      ),
    ),
    chart
      ? [
          button("SVG", () => {
            const svg = svgMarkup(chart);
            if (svg) download(file("svg"), svg.text, "image/svg+xml;charset=utf-8");
          }),
          button("PNG", async () => {
            const svg = svgMarkup(chart);
            if (svg) download(file("png"), await svgToPng(svg.text, svg.width, svg.height));
          }),
        ]
      : null,
  );
}
