import type { LineOrigin } from "../../DocumentText";
import type { TableRow } from "./PdfLine";
import type { PageBlock } from "./pageBlocks";

/**
 * The document's text from its pages' blocks, each output line with its
 * origin (page, rank of the line on the page). A table that ends one page
 * and one with as many columns that starts the next are one table: the
 * rows go on, and a first row that repeats the table's first row (a header
 * row the word processor repeats on each page) is dropped.
 */
export function joinPages(
  pages: readonly { readonly page: number; readonly blocks: readonly PageBlock[] }[],
): {
  text: string;
  origins: (LineOrigin | undefined)[];
} {
  const lines: string[] = [];
  const origins: (LineOrigin | undefined)[] = [];
  let previous: PageBlock | undefined;
  let openTable: { header: readonly string[]; columns: number } | undefined;
  const push = (text: string, origin: LineOrigin | undefined) => {
    lines.push(text);
    origins.push(origin);
  };
  const same = (a: TableRow, header: readonly string[]) => a.cells.join("\t") === header.join("\t");
  for (const { page, blocks } of pages) {
    blocks.forEach((block, b) => {
      const continues =
        b === 0 &&
        block.kind === "table" &&
        openTable !== undefined &&
        block.rows[0]?.cells.length === openTable.columns;
      if (block.blankBefore && !continues && lines.length > 0) push("", undefined);
      if (block.kind === "text") {
        if (b === 0 && previous?.kind === "text" && previous.toRight && block.fromLeft && lines.length > 0) {
          // a paragraph running on from the page before
          lines[lines.length - 1] += ` ${block.text}`;
          previous = block;
          return;
        }
        push(block.text, { page, line: block.line });
        previous = block;
        openTable = undefined;
        return;
      }
      const rows =
        continues && block.rows[0] && openTable && same(block.rows[0], openTable.header)
          ? block.rows.slice(1)
          : block.rows;
      for (const row of rows) push(row.cells.join("\t"), { page, line: row.line });
      previous = block;
      if (!continues)
        openTable = { header: block.rows[0]?.cells ?? [], columns: block.rows[0]?.cells.length ?? 0 };
    });
    const last = blocks[blocks.length - 1];
    if (last?.kind !== "table") openTable = undefined;
  }
  return { text: lines.join("\n"), origins };
}
