import { SaxesParser } from "saxes";
import { listMarker } from "./listMarker";
import { attributeOf, isNode, type NamedNode, ODF } from "./odfNames";
import type { ListStyles } from "./odtListStyles";

/** Repeated rows or cells (table:number-rows-repeated …) written out at most this many times. */
const MAX_REPEAT = 100;

interface Cell {
  paragraphs: string[];
  repeat: number;
}
interface Row {
  cells: string[];
  repeat: number;
}
interface List {
  readonly style: string;
  /** The item counter of this list's level. */
  counter: number;
  /** Whether the current item's first paragraph has had its marker. */
  marked: boolean;
  /** Whether the current item is a list header (no marker). */
  header: boolean;
}

/** Elements whose content is not the document's main text: notes, comments, tracked deletions, frames and shapes. */
function isSkipped(tag: NamedNode): boolean {
  return (
    isNode(tag, "text", "note") ||
    isNode(tag, "office", "annotation") ||
    isNode(tag, "text", "tracked-changes") ||
    isNode(tag, "office", "forms") ||
    tag.uri === ODF.draw
  );
}

/**
 * The main text of an OpenDocument text's content.xml, laid out as the
 * extractor reads text (as a .docx's is): one line a paragraph or heading,
 * a table row one line with its cells separated by tabs (a cell's paragraphs
 * joined by a space, a covered cell of a merge kept empty so columns stay in
 * place), "- " or the item's number ("1. ", "a) ") before a list item,
 * `text:tab` a tab, `text:s` its spaces, `text:line-break` a new line, other
 * white space collapsed as ODF says. Footnotes, comments, tracked deletions,
 * frames and text boxes are left out; headers and footers are in styles.xml,
 * not read. Throws the XML parser's error on XML that is not well formed.
 */
export function odtXmlToText(xml: string, listStyles: ListStyles): string {
  const parser = new SaxesParser({ xmlns: true });
  const lines: string[] = [];
  const tables: { row?: Row; cell?: Cell }[] = [];
  const lists: List[] = [];
  const continued = new Map<string, number[]>();
  let inBody = false;
  let skip = 0;
  let paragraph: string | undefined;
  let depth = 0;
  let softSpace = true;

  const cell = () => tables[tables.length - 1]?.cell;
  const emit = (text: string) => {
    const current = cell();
    if (current) current.paragraphs.push(text);
    else lines.push(text);
  };
  const counters = () => lists.map((list) => list.counter);
  const marker = () => {
    const list = lists[lists.length - 1];
    if (!list || list.marked || list.header) return "";
    list.marked = true;
    return listMarker(listStyles.get(list.style)?.[lists.length - 1], counters());
  };
  const append = (text: string) => {
    if (paragraph === undefined) return;
    paragraph += text;
  };

  parser.on("opentag", (tag) => {
    if (isNode(tag, "office", "text")) inBody = true;
    if (!inBody) return;
    // (saxes gives a closetag for a self-closing tag too, so every open is matched by a close)
    if (skip > 0 || isSkipped(tag)) {
      skip += 1;
      return;
    }
    const attributes = tag.attributes;
    if (isNode(tag, "text", "p") || isNode(tag, "text", "h")) {
      depth += 1;
      if (depth === 1) {
        paragraph = marker();
        softSpace = true;
      }
    } else if (paragraph !== undefined && isNode(tag, "text", "s")) {
      append(" ".repeat(Math.min(Number(attributeOf(attributes, "text", "c") ?? "1") || 1, 1000)));
      softSpace = false;
    } else if (paragraph !== undefined && isNode(tag, "text", "tab")) {
      append(cell() ? " " : "\t");
      softSpace = false;
    } else if (paragraph !== undefined && isNode(tag, "text", "line-break")) {
      append(cell() ? " " : "\n");
      softSpace = true;
    } else if (isNode(tag, "text", "list")) {
      const outer = lists[0];
      const style = attributeOf(attributes, "text", "style-name") ?? outer?.style ?? "";
      const levelStyle = listStyles.get(style)?.[lists.length];
      const start = levelStyle?.kind === "number" ? levelStyle.start - 1 : 0;
      const goOn =
        lists.length === 0 &&
        (attributeOf(attributes, "text", "continue-numbering") === "true" ||
          attributeOf(attributes, "text", "continue-list") !== undefined);
      const counter = goOn ? (continued.get(style)?.[0] ?? start) : start;
      lists.push({ style, counter, marked: true, header: false });
    } else if (isNode(tag, "text", "list-item") || isNode(tag, "text", "list-header")) {
      const list = lists[lists.length - 1];
      if (list) {
        const header = isNode(tag, "text", "list-header");
        const startValue = Number(attributeOf(attributes, "text", "start-value"));
        if (!header) list.counter = startValue > 0 ? startValue : list.counter + 1;
        list.marked = false;
        list.header = header;
      }
    } else if (isNode(tag, "table", "table")) {
      tables.push({});
    } else if (isNode(tag, "table", "table-row")) {
      const table = tables[tables.length - 1];
      if (table)
        table.row = { cells: [], repeat: repeatOf(attributeOf(attributes, "table", "number-rows-repeated")) };
    } else if (isNode(tag, "table", "table-cell") || isNode(tag, "table", "covered-table-cell")) {
      const table = tables[tables.length - 1];
      if (table) {
        table.cell = {
          paragraphs: [],
          repeat: repeatOf(attributeOf(attributes, "table", "number-columns-repeated")),
        };
      }
    }
  });

  parser.on("text", (text) => {
    if (!inBody || skip > 0 || paragraph === undefined) return;
    let collapsed = text.replace(/[ \t\r\n]+/g, " ");
    if (softSpace && collapsed.startsWith(" ")) collapsed = collapsed.slice(1);
    if (collapsed === "") return;
    append(collapsed);
    softSpace = collapsed.endsWith(" ");
  });

  parser.on("closetag", (tag) => {
    if (isNode(tag, "office", "text")) inBody = false;
    if (!inBody) return;
    if (skip > 0) {
      skip -= 1;
      return;
    }
    if (isNode(tag, "text", "p") || isNode(tag, "text", "h")) {
      closeParagraph();
    } else if (isNode(tag, "text", "list")) {
      const list = lists.pop();
      if (list && lists.length === 0) continued.set(list.style, [list.counter]);
    } else if (isNode(tag, "table", "table-cell") || isNode(tag, "table", "covered-table-cell")) {
      closeCell();
    } else if (isNode(tag, "table", "table-row")) {
      const table = tables[tables.length - 1];
      const row = table?.row;
      if (!table || !row) return;
      table.row = undefined;
      if (tables.length > 1) {
        // a table inside a cell: its rows are paragraphs of that cell
        tables[tables.length - 2]?.cell?.paragraphs.push(row.cells.join(" ").trim());
        return;
      }
      for (let i = 0; i < row.repeat; i++) lines.push(row.cells.join("\t"));
    } else if (isNode(tag, "table", "table")) {
      tables.pop();
    }
  });

  function closeParagraph(): void {
    depth -= 1;
    if (depth > 0 || paragraph === undefined) return;
    let text = paragraph;
    if (softSpace && text.endsWith(" ")) text = text.slice(0, -1);
    paragraph = undefined;
    emit(text);
  }

  function closeCell(): void {
    const table = tables[tables.length - 1];
    const current = table?.cell;
    if (!table || !current) return;
    table.cell = undefined;
    const text = current.paragraphs.filter((p) => p !== "").join(" ");
    for (let i = 0; i < current.repeat; i++) table.row?.cells.push(text);
  }

  parser.write(xml).close();
  return lines.join("\n");
}

function repeatOf(value: string | undefined): number {
  const n = Number(value ?? "1");
  return Number.isInteger(n) && n > 0 ? Math.min(n, MAX_REPEAT) : 1;
}
