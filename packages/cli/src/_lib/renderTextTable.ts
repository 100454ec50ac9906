import { displayWidth, truncateToWidth } from "./displayWidth";
import type { TextCell, TextTable } from "./TextTable";

const GAP = "  ";
const MIN_WIDTH = 6;

/**
 * The table as aligned text for a terminal: a header, a rule, one line a row;
 * numbers right-aligned, text left-aligned, widths counted in terminal
 * columns (Vietnamese diacritics count once). With `maxWidth` (the terminal's
 * width), the widest columns are narrowed and their cells cut with "…" until
 * the lines fit.
 */
export function renderTextTable(
  table: TextTable,
  options: { readonly maxWidth?: number; readonly empty?: string } = {},
): string {
  const text = (cell: TextCell | undefined) => (cell === null || cell === undefined ? "" : String(cell));
  const header = table.columns.map((c) => c.label.replace(/\s+/g, " "));
  const body = table.rows.map((row) => table.columns.map((c) => text(row[c.key]).replace(/\s+/g, " ")));
  const numeric = table.columns.map(
    (c) =>
      table.rows.some((row) => typeof row[c.key] === "number") &&
      table.rows.every((row) => typeof row[c.key] === "number" || row[c.key] === null),
  );
  const widths = header.map((label, j) =>
    body.map((cells) => displayWidth(cells[j] ?? "")).reduce((m, v) => Math.max(m, v), displayWidth(label)),
  );
  if (options.maxWidth !== undefined) fitWidths(widths, options.maxWidth);
  const pad = (cell: string, j: number) => {
    const width = widths[j] ?? 0;
    const cut = truncateToWidth(cell, width);
    const fill = " ".repeat(Math.max(0, width - displayWidth(cut)));
    return numeric[j] ? fill + cut : cut + fill;
  };
  const line = (cells: readonly string[]) => cells.map(pad).join(GAP).trimEnd();
  const rule = widths.map((w) => "─".repeat(w)).join(GAP);
  const lines = [line(header), rule, ...body.map(line)];
  if (body.length === 0 && options.empty) lines.push(options.empty);
  return `${lines.join("\n")}\n`;
}

/** Narrows the widest columns, one column at a time, until the line fits or all are at the minimum. */
function fitWidths(widths: number[], maxWidth: number): void {
  const total = () => widths.reduce((a, b) => a + b, 0) + GAP.length * Math.max(0, widths.length - 1);
  while (total() > maxWidth) {
    let widest = -1;
    widths.forEach((w, j) => {
      if (w > MIN_WIDTH && (widest < 0 || w > (widths[widest] ?? 0))) widest = j;
    });
    if (widest < 0) return;
    widths[widest] = Math.max(MIN_WIDTH, (widths[widest] ?? 0) - (total() - maxWidth));
  }
}
