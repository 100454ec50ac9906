import type { LineOrigin } from "../../DocumentText";
import type { PageLine } from "./pageLines";

/**
 * The document's lines from its pages' lines, each with its origin (page,
 * line on the page, confidence; none for a blank line). A table that ends a
 * page and one of as many columns that starts the next are one table: its
 * rows go on, and a first row that repeats the table's first row (a header
 * row repeated on each page; OCR may read it a little differently, so
 * "repeats" is at least 80% of its letters' pairs in common) is left out.
 * A page whose text ends a paragraph, and a next page that opens one, are
 * parted by a blank line, as a paragraph gap on a page is: the page's last
 * line stops short (`PageLine.short`) after a full stop, semicolon, colon,
 * "!" or "?", and the next page's first line starts with a capital, a number
 * or a dash. A page number alone on a line is passed over.
 */
export function joinOcrPages(pages: readonly (readonly PageLine[])[]): {
  lines: string[];
  origins: (LineOrigin | undefined)[];
} {
  const lines: string[] = [];
  const origins: (LineOrigin | undefined)[] = [];
  let open: { header: readonly string[]; columns: number } | undefined;
  let endsParagraph = false;
  pages.forEach((page, p) => {
    const first = page.find((line) => line.text !== "");
    const opening = page.find((line) => line.text !== "" && !PAGE_NUMBER.test(line.text));
    if (endsParagraph && opening && !opening.table && OPENS_PARAGRAPH.test(opening.text)) {
      lines.push("");
      origins.push(undefined);
    }
    const continues =
      open !== undefined && first?.table?.first === true && first.table.columns === open.columns;
    let onPage = 0;
    for (const line of page) {
      if (line.confidence === undefined) {
        lines.push(line.text);
        origins.push(undefined);
        continue;
      }
      onPage++;
      if (continues && line === first && open && similar(line.table?.cells ?? [], open.header)) continue;
      if (line.table?.first && !(continues && line === first))
        open = { header: line.table.cells, columns: line.table.columns };
      lines.push(line.text);
      origins.push({ page: p + 1, line: onPage, confidence: Math.round(line.confidence * 1000) / 1000 });
    }
    const last = [...page].reverse().find((line) => line.text !== "");
    if (!last?.table) open = undefined;
    const closing = [...page].reverse().find((line) => line.text !== "" && !PAGE_NUMBER.test(line.text));
    endsParagraph = closing?.short === true && !closing.table && ENDS_SENTENCE.test(closing.text);
  });
  return { lines, origins };
}

/** A page number alone on a line ("2", "- 3 -"). */
const PAGE_NUMBER = /^[-–\s]*\d{1,3}[-–\s]*$/u;
/** A sentence's or a clause's end, a closing quote or bracket after it allowed. */
const ENDS_SENTENCE = /[.;:!?…][”"')\]]*$/u;
/** A paragraph's start: a capital, a number, a dash or a bullet. */
const OPENS_PARAGRAPH = /^[\p{Lu}\d\-–•+*“"(]/u;

/** Whether two rows share at least 80% of their letter pairs (Dice's coefficient over lower-cased letters and digits). */
function similar(a: readonly string[], b: readonly string[]): boolean {
  const pairs = (cells: readonly string[]) => {
    const letters = cells
      .join(" ")
      .toLowerCase()
      .normalize("NFC")
      .replace(/[^\p{L}\p{N}]+/gu, "");
    const out = new Map<string, number>();
    for (let i = 0; i + 1 < letters.length; i++) {
      const pair = letters.slice(i, i + 2);
      out.set(pair, (out.get(pair) ?? 0) + 1);
    }
    return out;
  };
  const x = pairs(a);
  const y = pairs(b);
  let common = 0;
  let total = 0;
  for (const [pair, n] of x) {
    common += Math.min(n, y.get(pair) ?? 0);
    total += n;
  }
  for (const n of y.values()) total += n;
  return total > 0 && (2 * common) / total >= 0.8;
}
