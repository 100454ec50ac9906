import { h } from "../dom/h";
import type { ExportTable } from "../export/toCsv";

/**
 * An accessible HTML table of plain values: a caption, header cells with
 * scope, numbers right-aligned; every value is inserted as text.
 *
 * @param table - columns and rows
 * @param caption - the caption (visually compact, read by screen readers)
 * @returns a scrollable wrapper holding the table
 * @example
 * dataTable({ columns: [{ key: "a", label: "A" }], rows: [{ a: 1 }] }, "Demo").querySelector("td")?.textContent // "1"
 */
export function dataTable(table: ExportTable, caption: string): HTMLElement {
  const first = table.columns[0]?.key;
  return h(
    "div",
    { class: "table-wrap", tabindex: 0, role: "region", "aria-label": caption },
    h(
      "table",
      { class: "data" },
      h("caption", {}, caption),
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          table.columns.map((c) => h("th", { scope: "col" }, c.label)),
        ),
      ),
      h(
        "tbody",
        {},
        table.rows.map((row) =>
          h(
            "tr",
            {},
            table.columns.map((c) => {
              const value = row[c.key];
              const text = value === null || value === undefined ? "—" : String(value);
              return c.key === first
                ? h("th", { scope: "row" }, text)
                : h("td", { class: typeof value === "number" ? "num" : undefined }, text);
            }),
          ),
        ),
      ),
    ),
  );
}
