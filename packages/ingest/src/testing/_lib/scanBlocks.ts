/** A piece of a printed plan, as `renderScan` lays it out. */
export type ScanBlock =
  | { readonly kind: "header"; readonly left: readonly string[]; readonly right: readonly string[] }
  | { readonly kind: "title"; readonly text: string }
  | { readonly kind: "line"; readonly text: string; readonly bold: boolean }
  | { readonly kind: "gap" }
  | { readonly kind: "page-break" }
  | { readonly kind: "table"; readonly rows: readonly (readonly string[])[] }
  | { readonly kind: "signature"; readonly lines: readonly string[] };

const TYPE_LINE = /^(KẾ HOẠCH|QUYẾT ĐỊNH)$/u;
const COLUMN_SPLIT = /\t|\s*\|\s*|\s{3,}/;
const RIGHT_COLUMN = /CỘNG HÒA|CỘNG HOÀ|Độc lập|ngày .*tháng|, ngày/u;
const SIGNATURE_START = /^(KT\.|TM\.|Q\.|CHỦ TỊCH|PHÓ CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG BAN)/u;

/**
 * A plan's text cut into the blocks of a printed page (Nghị định
 * 30/2020/NĐ-CP): the lines before the type line as a two-column header
 * (split at `|`, a tab or 3+ spaces; else the motto, the national name and
 * the place and date go right), the type line and the title under it
 * centred, rows with tabs as bordered tables, the signature block from the
 * last signatory's title. Markdown bold markers (`**`) are dropped and their
 * lines set in bold.
 */
export function scanBlocks(text: string): ScanBlock[] {
  const lines = text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/\*\*/g, "").replace(/[^\S\f]+$/u, ""));
  const bold = text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.includes("**"));
  const typeIndex = lines.findIndex((line) => TYPE_LINE.test(line.trim()));
  const blocks: ScanBlock[] = [];
  let start = 0;
  if (typeIndex > 0) {
    const left: string[] = [];
    const right: string[] = [];
    for (const line of lines.slice(0, typeIndex)) {
      if (line.trim() === "") continue;
      const cells = line.trim().split(COLUMN_SPLIT);
      if (cells.length >= 2) {
        if (cells[0]) left.push(cells[0]);
        right.push(cells.slice(1).join(" "));
      } else if (RIGHT_COLUMN.test(line)) right.push(line.trim());
      else left.push(line.trim());
    }
    blocks.push({ kind: "header", left, right });
    start = typeIndex;
  }
  // The signature block: a signatory's title among the last five non-empty lines, short, down to the name.
  const tail = lines
    .map((line, i) => ({ line: line.trim(), i }))
    .filter(({ line }) => line !== "")
    .slice(-5);
  const found = tail.findIndex(({ line, i }) => i > start && SIGNATURE_START.test(line));
  const signature =
    found >= 0 && tail.slice(found).every(({ line }) => line.length <= 40) ? (tail[found]?.i ?? -1) : -1;
  const end = signature >= 0 ? signature : lines.length;
  let inTitle = false;
  let table: string[][] = [];
  const flush = () => {
    if (table.length > 0) blocks.push({ kind: "table", rows: table });
    table = [];
  };
  for (let i = start; i < end; i++) {
    const line = lines[i] ?? "";
    const trimmed = line.trim();
    if (line.includes("\t")) {
      table.push(line.split("\t").map((cell) => cell.trim()));
      continue;
    }
    flush();
    if (line.includes("\f")) {
      inTitle = false;
      blocks.push({ kind: "page-break" });
    } else if (trimmed === "") {
      inTitle = false;
      blocks.push({ kind: "gap" });
    } else if (i === typeIndex || (typeIndex < 0 && i === start && TYPE_LINE.test(trimmed))) {
      inTitle = true;
      blocks.push({ kind: "title", text: trimmed });
    } else if (inTitle) blocks.push({ kind: "title", text: trimmed });
    else blocks.push({ kind: "line", text: trimmed, bold: bold[i] === true });
  }
  flush();
  if (signature >= 0) {
    const signatureLines = lines.slice(signature).map((line) => line.trim());
    blocks.push({ kind: "signature", lines: signatureLines.filter((line) => line !== "") });
  }
  return blocks;
}
