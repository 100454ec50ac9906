const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>|([^<]+)/g;
const BLOCK = new Set([
  "p",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "div",
  "pre",
  "blockquote",
  "dt",
  "dd",
]);
const ENTITY: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
};

/**
 * The plain text of the HTML mammoth makes of a Word document, laid out the
 * way the extractor reads best: one line per paragraph (an empty paragraph is
 * a blank line), one line per table row with its cells separated by tabs
 * (paragraphs inside a cell joined by a space), "- " before a bulleted list
 * item and "1. " before a numbered one (Word's own numbering is not in the
 * file's text), a line break for `<br>`.
 */
export function docxHtmlToText(html: string): string {
  const lines: string[] = [];
  const lists: { ordered: boolean; count: number }[] = [];
  let line = "";
  let tables = 0;
  let cells: string[] = [];
  let cell = "";
  const write = (text: string) => {
    if (tables > 0) cell += text;
    else line += text;
  };
  const endBlock = () => {
    if (tables > 0) cell += " ";
    else {
      lines.push(line);
      line = "";
    }
  };
  for (const [, closing, rawTag, text] of html.matchAll(TOKEN)) {
    if (text !== undefined) {
      write(decodeEntities(text));
      continue;
    }
    const tag = (rawTag ?? "").toLowerCase();
    if (tag === "table") {
      if (closing && tables > 0) tables -= 1;
      else if (!closing) {
        if (tables === 0 && line !== "") endBlock();
        tables += 1;
      }
    } else if (tag === "tr" && tables === 1) {
      if (closing) lines.push(cells.join("\t"));
      cells = [];
    } else if ((tag === "td" || tag === "th") && tables === 1) {
      if (closing) cells.push(cell.replace(/\s+/g, " ").trim());
      cell = "";
    } else if (tag === "ul" || tag === "ol") {
      if (closing) lists.pop();
      else lists.push({ ordered: tag === "ol", count: 0 });
    } else if (tag === "br") {
      if (tables > 0) cell += " ";
      else endBlock();
    } else if (BLOCK.has(tag)) {
      if (closing) {
        if (tag !== "li" || line !== "" || tables > 0) endBlock();
      } else if (tag === "li") {
        const list = lists.at(-1);
        if (list) list.count += 1;
        write(list?.ordered ? `${list.count}. ` : "- ");
      }
    }
  }
  if (line !== "") lines.push(line);
  return lines.join("\n");
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) => {
    if (!name.startsWith("#")) return ENTITY[name.toLowerCase()] ?? entity;
    const code = /^#x/i.test(name) ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}
