/** One laid-out piece of a plan's text, as a word processor would set it. */
export type Block =
  | {
      readonly kind: "columns";
      readonly rows: readonly (readonly [string, string])[];
      readonly part: "header" | "signature";
    }
  | { readonly kind: "centre"; readonly text: string; readonly bold: boolean }
  | { readonly kind: "paragraph"; readonly text: string; readonly bold: boolean }
  | { readonly kind: "blank" }
  | { readonly kind: "table"; readonly rows: readonly (readonly string[])[] };

const TYPE_LINE = /^(KẾ HOẠCH|QUYẾT ĐỊNH|CÔNG VĂN|BÁO CÁO|THÔNG BÁO|HƯỚNG DẪN|CHƯƠNG TRÌNH)\s*:?$/u;
const RIGHT_COLUMN = /^(CỘNG HO?À|CỘNG HÒA|Độc lập|ĐỘC LẬP)|(,|^)\s*ngày\s.*tháng|^[^,]{2,40}, ngày/u;
const RECIPIENT = /^(Nơi nhận|[-+•])/u;

/** A line without markdown emphasis and trailing spaces. */
function clean(line: string): string {
  return line
    .replace(/\*\*/g, "")
    .replace(/^\s*\*(.+)\*\s*$/u, "$1")
    .replace(/\*([^*\s][^*]*)\*/gu, "$1")
    .replace(/^#+\s+/u, "")
    .trimEnd();
}

/** The cells of a line split at tabs, pipes or runs of 3+ spaces (two columns of a header), or undefined. */
function splitColumns(line: string, spaces: boolean): string[] | undefined {
  const trimmed = line.trim();
  let cells: string[] | undefined;
  if (trimmed.includes("\t")) cells = trimmed.split("\t");
  else if (trimmed.includes("|")) cells = trimmed.replace(/^\||\|$/g, "").split("|");
  else if (spaces && / {3,}\p{Lu}/u.test(trimmed)) cells = trimmed.split(/ {3,}(?=\p{Lu})/u);
  if (!cells || cells.length < 2) return undefined;
  return cells.map((c) => c.trim());
}

function isRule(line: string): boolean {
  return /^[-_=.*\s]{3,}$|^\|+$/.test(line.trim());
}

/** Two columns from lines: rows given as columns kept, other lines sent left or right by `goesRight`. */
function pairColumns(lines: readonly string[], goesRight: (line: string) => boolean): [string, string][] {
  const split = lines.map((l) => splitColumns(l, true));
  if (split.some((s) => s !== undefined)) {
    return lines
      .map((l, i): [string, string] => {
        const s = split[i];
        const [left = "", right = ""] = s ? [s[0], s.slice(1).join(" ")] : [l.trim(), ""];
        return [isRule(left) ? "" : left, isRule(right) ? "" : right];
      })
      .filter(([l, r]) => l !== "" || r !== "");
  }
  const left: string[] = [];
  const right: string[] = [];
  let lastColumn: string[] | undefined;
  for (const line of lines) {
    const text = line.trim();
    if (text === "" || isRule(text)) continue;
    const column = /^\p{Ll}/u.test(text) && lastColumn ? lastColumn : goesRight(text) ? right : left;
    column.push(text);
    lastColumn = column;
  }
  return Array.from({ length: Math.max(left.length, right.length) }, (_, i) => [
    left[i] ?? "",
    right[i] ?? "",
  ]);
}

function isName(text: string): boolean {
  return text !== text.toLocaleUpperCase("vi") && !/^(KT|TM|TL|Q)\./u.test(text);
}

/** Where a header block starting at `from` ends: the type line's index within 12 short lines; for a letter, -(blank line's index + 2); or -1 (no header). */
function typeLineAhead(lines: readonly string[], from: number): number {
  for (let k = from; k < Math.min(lines.length, from + 12); k++) {
    const line = (lines[k] ?? "").trim();
    if (TYPE_LINE.test(line.toLocaleUpperCase("vi"))) return k;
    if (line.length > 90 && !splitColumns(line, true)) break;
  }
  // a letter (công văn) has no type line: its header ends at the first blank line after the motto
  const motto = lines.slice(from, from + 8).findIndex((l) => /CỘNG HÒA|CỘNG HOÀ/iu.test(l));
  if (motto < 0) return -1;
  const end = lines.findIndex((l, k) => k > from + motto && l.trim() === "");
  return end > 0 && end - from <= 12 ? -(end + 2) : -1;
}

/**
 * A plan's text cut into the blocks of a Vietnamese administrative document
 * (Nghị định 30/2020/NĐ-CP): the two-column header before the type line, the
 * centred type line and summary, paragraphs, tables (rows of tab- or
 * pipe-separated cells) and the signature block from "Nơi nhận" to the
 * signer's name; a document attached after it (a decision's plan) starts
 * with its own header.
 */
export function layoutBlocks(text: string): Block[] {
  const lines = text.replace(/\r\n?/g, "\n").split("\n").map(clean);
  const blocks: Block[] = [];
  let i = 0;
  const startDocument = () => {
    const ahead = typeLineAhead(lines, i);
    if (ahead === -1) return;
    const typeAt = ahead < -1 ? -ahead - 2 : ahead;
    const rows = pairColumns(lines.slice(i, typeAt), (l) => RIGHT_COLUMN.test(l));
    if (rows.length > 0) blocks.push({ kind: "columns", rows, part: "header" }, { kind: "blank" });
    if (ahead < -1) {
      i = typeAt;
      return;
    }
    blocks.push({ kind: "centre", text: (lines[typeAt] ?? "").trim(), bold: true });
    i = typeAt + 1;
    while (i < lines.length && lines[i]?.trim() === "") i++;
    for (let summary = 0; i < lines.length && summary < 4; summary++, i++) {
      const l = (lines[i] ?? "").trim();
      if (l === "" || l.length > 160 || /^(Căn cứ|Thực hiện|Theo|I\.|1\.)/u.test(l)) break;
      blocks.push({ kind: "centre", text: l, bold: true });
    }
  };
  startDocument();
  while (i < lines.length) {
    const line = lines[i] ?? "";
    if (/^\s*Nơi nhận/u.test(line)) {
      const start = i;
      let named = false;
      for (i++; i < lines.length && !named; i++) {
        const l = (lines[i] ?? "").trim();
        const cells = splitColumns(l, true);
        if (l.length > 70 || (cells && cells.length > 2) || TYPE_LINE.test(l) || /^PHỤ LỤC/iu.test(l)) break;
        const right = cells ? (cells[1] ?? "") : RECIPIENT.test(l) ? "" : l;
        if (right !== "" && !isRule(right) && isName(right)) named = true;
      }
      blocks.push(
        { kind: "blank" },
        {
          kind: "columns",
          rows: pairColumns(lines.slice(start, i), (l) => !RECIPIENT.test(l)),
          part: "signature",
        },
      );
      while (i < lines.length && lines[i]?.trim() === "") i++;
      startDocument();
      continue;
    }
    const cells = splitColumns(line, false);
    if (cells) {
      const rows: string[][] = [];
      while (i < lines.length) {
        const row = splitColumns(lines[i] ?? "", false);
        if (!row) break;
        if (!row.every((c) => /^:?-{3,}:?$/.test(c))) rows.push(row);
        i++;
      }
      blocks.push({ kind: "table", rows });
      continue;
    }
    const t = line.trim();
    if (t === "") blocks.push({ kind: "blank" });
    else if (isRule(t)) {
      // a decoration, drawn rather than written
    } else if (
      t.length < 70 &&
      t === t.toLocaleUpperCase("vi") &&
      /\p{Lu}{3}/u.test(t) &&
      !/^[IVX]+\./.test(t)
    )
      blocks.push({ kind: "centre", text: t, bold: true });
    else blocks.push({ kind: "paragraph", text: t, bold: /^[IVX]+\.\s/.test(t) });
    i++;
  }
  return blocks;
}
