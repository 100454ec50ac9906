import { foldText } from "../../_lib/fold";
import type { LineRange } from "../../model/LineRange";
import { parseFrequency } from "../../parse/parseFrequency";
import { parseTimeframe } from "../../parse/parseTimeframe";
import type { SourceLine } from "./prepareLines";

/** A column of an appendix task table. */
export type TableColumn = "number" | "task" | "products" | "lead" | "coordinating" | "time" | "note";

/** One row of an appendix table (phụ lục), its cells read as text. */
export interface TableRow {
  readonly number: number;
  readonly lines: LineRange;
  readonly task: string;
  readonly products: string[];
  /** Lead offices' cell text (cơ quan chủ trì), one entry per cell part. */
  readonly lead: string[];
  readonly coordinating: string[];
  readonly time?: string;
  readonly note?: string;
  /** Cell text a grid-less row could not place in any column: kept, and reported, never dropped. */
  readonly unplaced?: string[];
  /** 0.9 when the grid survived (tab-separated cells), lower when cells were guessed. */
  readonly confidence: number;
}

/** An appendix table found in a document. */
export interface AppendixTable {
  readonly headerLine: number;
  readonly columns: TableColumn[];
  readonly rows: TableRow[];
  /** Line numbers the table covers, which the paragraph reader skips. */
  readonly consumed: Set<number>;
  /** Row numbers that were expected but not found. */
  readonly missing: number[];
}

const COLUMN_WORDS: readonly [TableColumn, RegExp][] = [
  ["lead", /chu tri/],
  ["coordinating", /phoi hop/],
  ["time", /thoi gian|thoi han|tien do/],
  ["products", /san pham|ket qua/],
  ["note", /ghi chu/],
  ["task", /noi dung|nhiem vu|hoat dong|cong viec/],
  ["number", /^s?tt$/],
];

const HEADER = /^s?tt\b.*(?:chu tri|nhiem vu|noi dung)/;
/** A row of a tab table: its number ("3", or "3." as some tables and a scan's speck give it), then a tab. */
const TAB_ROW = /^\s*(\d{1,3})\.?\s*\t/;
const ROW_START = /^(\d{1,2})(?:\s+(\S.*))?$/u;
const UPPER_START = /^[\p{Lu}"“(]/u;
const LOWER_START = /^[\p{Ll},;.)…]/u;
const JOINING_END = /[,\-–&/]$/;
const TIME_START =
  /(?:^|\s)(?=(?:thường xuyên|trong năm|trong quý|quý\s+[IVX]+|hàng (?:tuần|tháng|quý|năm)|hằng (?:tuần|tháng|quý|năm)|mỗi (?:tuần|tháng|quý|năm)|định kỳ|từ ngày|trước ngày|trước tháng|chậm nhất|khi có|tháng \d|năm \d{4}|\d{1,2}\/\d{4})|(?:\d{1,2} lần))/giu;
const OFFICE_HEAD =
  /(?:^|(?<=[,;]\s*)|(?<=\s))(?:Các (?:cơ quan|công chức|cán bộ|ban|đơn vị|tổ chức|phòng|trường|Sở|xã|phường)|các (?:cơ quan|công chức|cán bộ|ban|đơn vị|tổ chức|phòng|trường)|[Cc]ông chức|[Cc]án bộ|Cơ quan|Bộ phận|Đài|Văn phòng|Ban(?= )|Ủy ban|Uỷ ban|UBND|Phòng|Trung tâm|Sở|Báo|Hội (?!nghị|thi|thảo|diễn)|Đoàn|Thành đoàn|Mặt trận|MTTQ|Trường|Chi cục|Công an|Lãnh đạo|Thường trực|Tổ (?:thông tin|công tác)|[Đđ]ơn vị)/gu;
const UNIT_END = /(?:xã|phường|huyện|thành phố|tỉnh|TP|thị trấn|thị xã|Nội vụ|Thống kê)\.{0,2}$/u;

/**
 * Finds the appendix task table (phụ lục) of a plan and reads its rows: the
 * task, products, lead and coordinating offices, and time of each.
 *
 * Two shapes are read. When the grid survived, cells are separated by tabs
 * and each row starts with its number ("3" or "3.") and a tab; wrapped lines continue the
 * row before. When the grid was lost (cells wrapped over several lines, as
 * PDF extraction leaves them), a row starts at a line holding the next row
 * number; its cells are the runs of lines between blank lines (a run that
 * starts in lower case, or follows a line ending in a comma or dash,
 * continues the cell before); the time is the phrase at the end that reads as
 * a timeframe or frequency; offices are found by the words that open an
 * office's name (Công chức, Văn phòng, Đài …), products are the words before
 * the first office. A lone number that is not the next row number, or that
 * is followed by lower-case text, is a page number.
 *
 * @param lines - prepared lines of the whole document
 * @param year - the plan's year, for times that name none
 * @returns the table, or undefined when the document has none
 */
export function readAppendixTable(lines: readonly SourceLine[], year?: number): AppendixTable | undefined {
  const headerIndex = lines.findIndex((l) => !l.blank && HEADER.test(l.foldedHead));
  if (headerIndex < 0) return undefined;
  const header = lines[headerIndex] as SourceLine;
  const consumed = new Set<number>();
  for (let i = headerIndex; i < lines.length; i++) consumed.add((lines[i] as SourceLine).n);
  const body = lines.slice(headerIndex + 1).filter((l) => !l.furniture);
  if (header.text.includes("\t")) {
    const columns = headerText(header.text, body).split("\t").map(columnOf);
    return { headerLine: header.n, columns, consumed, ...readTabRows(body, columns, year) };
  }
  const columns = headerColumns(foldText(header.text));
  return { headerLine: header.n, columns, consumed, ...readLooseRows(body, columns, year) };
}

/**
 * The header row of a tab table with its wrapped lines joined back: a header
 * cell broken by hard wrapping ("Thời" / "gian thực hiện") continues on the
 * lines before the first row; the break lost its space, so one is put back.
 */
function headerText(first: string, body: readonly SourceLine[]): string {
  let text = first;
  for (const line of body) {
    if (line.blank) continue;
    if (TAB_ROW.test(line.text) || ROW_START.test(line.text.trim())) break;
    text = `${text} ${line.text.trim()}`;
  }
  return text.replace(/ *\t */g, "\t");
}

function columnOf(cell: string): TableColumn {
  const folded = foldText(cell);
  for (const [column, pattern] of COLUMN_WORDS) if (pattern.test(folded)) return column;
  return "note";
}

function headerColumns(folded: string): TableColumn[] {
  const found: { column: TableColumn; at: number }[] = [];
  for (const [column, pattern] of COLUMN_WORDS) {
    if (column === "number") continue;
    const match = new RegExp(pattern.source).exec(folded);
    if (match && !found.some((f) => Math.abs(f.at - match.index) < 3))
      found.push({ column, at: match.index });
  }
  return ["number", ...found.sort((a, b) => a.at - b.at).map((f) => f.column)];
}

function readTabRows(body: readonly SourceLine[], columns: TableColumn[], year?: number) {
  const raw: { number: number; text: string; start: number; end: number }[] = [];
  // A repeated header (a new page) and its wrapped lines are skipped up to the next row.
  let inHeader = true;
  for (const line of body) {
    if (line.blank) continue;
    const row = TAB_ROW.exec(line.text);
    if (row) {
      inHeader = false;
      raw.push({ number: Number(row[1]), text: line.text, start: line.n, end: line.n });
    } else if (HEADER.test(line.foldedHead)) {
      inHeader = true;
    } else if (!inHeader && raw.length > 0 && !/^\d{1,3}$/.test(line.text.trim())) {
      const last = raw[raw.length - 1] as (typeof raw)[number];
      last.text = `${last.text} ${line.text}`;
      last.end = line.n;
    }
  }
  const rows: TableRow[] = raw.map((r) => {
    const cells = r.text.split("\t").map((c) => c.replace(/\s+/g, " ").trim());
    const get = (column: TableColumn) =>
      cells.filter((_, i) => columns[i] === column && cells[i] !== "").join(" ");
    const time = get("time");
    const products = get("products");
    const note = get("note");
    return {
      number: r.number,
      lines: { start: r.start, end: r.end },
      task: get("task"),
      products: products ? [products] : [],
      lead: get("lead") ? [get("lead")] : [],
      coordinating: get("coordinating") ? [get("coordinating")] : [],
      ...(time ? { time } : {}),
      ...(note ? { note } : {}),
      confidence: 0.9,
    };
  });
  void year;
  return { rows, missing: missingNumbers(rows) };
}

interface LooseRow {
  number: number;
  start: number;
  end: number;
  /** Cells: runs of lines between blank lines. */
  cells: string[][];
  blankBefore: boolean;
}

function readLooseRows(body: readonly SourceLine[], columns: TableColumn[], year?: number) {
  const rows: LooseRow[] = [];
  let blankBefore = false;
  let pageBreak = false;
  for (let i = 0; i < body.length; i++) {
    const line = body[i] as SourceLine;
    if (line.blank) {
      blankBefore = true;
      continue;
    }
    const text = line.text.trim();
    const start = ROW_START.exec(text);
    const expected = (rows[rows.length - 1]?.number ?? 0) + 1;
    if (start && Number(start[1]) === expected) {
      const rest = start[2] ?? nextText(body, i + 1);
      if (rest !== undefined && UPPER_START.test(rest)) {
        rows.push({ number: expected, start: line.n, end: line.n, cells: [], blankBefore: true });
        if (start[2]) rows[rows.length - 1]?.cells.push([start[2]]);
        blankBefore = false;
        continue;
      }
    }
    if (/^\d{1,3}$/.test(text)) {
      pageBreak = true;
      continue;
    }
    const row = rows[rows.length - 1];
    if (!row) continue;
    row.end = line.n;
    const cell = row.cells[row.cells.length - 1];
    const previous = cell?.[cell.length - 1] ?? "";
    const continues =
      cell !== undefined &&
      !pageBreak &&
      (!blankBefore || LOWER_START.test(text) || JOINING_END.test(previous));
    if (continues) cell.push(text);
    else row.cells.push([text]);
    blankBefore = false;
    pageBreak = false;
  }
  const hasProducts = columns.includes("products");
  const out = rows.map((row) => looseRow(row, hasProducts, year));
  return { rows: out, missing: missingNumbers(out) };
}

function nextText(body: readonly SourceLine[], from: number): string | undefined {
  for (let j = from; j < body.length && j < from + 4; j++) {
    const l = body[j] as SourceLine;
    if (!l.blank) return l.text.trim();
  }
  return undefined;
}

function looseRow(row: LooseRow, hasProducts: boolean, year?: number): TableRow {
  const cells = row.cells.map((c) => c.join(" ").replace(/\s+/g, " ").trim());
  const task = cells[0] ?? "";
  let time: string | undefined;
  let timeCell = cells.length;
  for (let c = cells.length - 1; c >= 1 && time === undefined; c--) {
    const found = findTime(cells[c] as string, year);
    if (found) {
      time = found.time;
      timeCell = c;
      cells[c] = found.before;
    }
  }
  // The time column comes after the offices (NĐ 30 tables: STT | nội dung | chủ trì | phối hợp | thời gian):
  // a last cell that names no office, after one that does, is the time even when it cannot be read
  // ("0 tuần 1 lần"), so the reader of times reports it rather than losing it.
  const last = cells.length - 1;
  if (
    time === undefined &&
    last >= 2 &&
    cells[last] &&
    officeMentions(cells[last] as string).length === 0 &&
    cells.slice(1, last).some((cell) => officeMentions(cell).length > 0)
  ) {
    time = cells[last] as string;
    timeCell = last;
    cells[last] = "";
  }
  const products: string[] = [];
  const lead: string[] = [];
  const coordinating: string[] = [];
  const unplaced: string[] = [];
  let column: "lead" | "coordinating" = "lead";
  for (let c = 1; c <= Math.min(timeCell, cells.length - 1); c++) {
    const text = cells[c] as string;
    if (!text) continue;
    const mentions = officeMentions(text);
    if (mentions.length === 0) {
      if (lead.length === 0 && hasProducts) products.push(text);
      else unplaced.push(text);
      continue;
    }
    const first = mentions[0] as { at: number; text: string; breakBefore: boolean };
    const before = text.slice(0, first.at).trim().replace(/[,;]$/, "");
    if (before && lead.length === 0 && hasProducts) products.push(before);
    else if (before) unplaced.push(before);
    if (lead.length > 0) column = "coordinating";
    for (const [m, mention] of mentions.entries()) {
      if (m > 0 && mention.breakBefore && lead.length > 0) column = "coordinating";
      (column === "lead" ? lead : coordinating).push(mention.text);
    }
  }
  return {
    number: row.number,
    lines: { start: row.start, end: row.end },
    task,
    products,
    lead: lead.length > 0 ? [lead.join(", ")] : [],
    coordinating: coordinating.length > 0 ? [coordinating.join(", ")] : [],
    ...(time ? { time } : {}),
    ...(unplaced.length > 0 ? { unplaced } : {}),
    confidence: 0.6,
  };
}

function findTime(cell: string, year?: number): { time: string; before: string } | undefined {
  TIME_START.lastIndex = 0;
  for (let m = TIME_START.exec(cell); m; m = TIME_START.exec(cell)) {
    const at = m.index + (m[0].length > 0 && /\s/.test(m[0][0] ?? "") ? 1 : 0);
    const tail = cell.slice(at).trim();
    const options = year === undefined ? {} : { year };
    if (parseTimeframe(tail, options).ok || parseFrequency(tail).ok) {
      return { time: tail, before: cell.slice(0, at).trim() };
    }
    if (m[0].length === 0) TIME_START.lastIndex++;
  }
  return undefined;
}

/** Office names in a cell, each with whether it follows the one before without a comma (a column break). */
export function officeMentions(text: string): { at: number; text: string; breakBefore: boolean }[] {
  const starts: number[] = [];
  OFFICE_HEAD.lastIndex = 0;
  for (let m = OFFICE_HEAD.exec(text); m; m = OFFICE_HEAD.exec(text)) {
    const at = m.index;
    const prev = starts[starts.length - 1];
    const gap = prev === undefined ? "" : text.slice(prev, at);
    const separated = /[,;]\s*$/.test(gap);
    if (prev !== undefined && !separated && !UNIT_END.test(gap.trim())) continue;
    starts.push(at);
  }
  return starts.map((at, i) => {
    const end = starts[i + 1] ?? text.length;
    const gapBefore = i === 0 ? "" : text.slice(starts[i - 1], at);
    return {
      at,
      text: text
        .slice(at, end)
        .replace(/[\s,;]+$/, "")
        .trim(),
      breakBefore: i > 0 && !/[,;]\s*$/.test(gapBefore),
    };
  });
}

function missingNumbers(rows: readonly TableRow[]): number[] {
  const missing: number[] = [];
  let expected = 1;
  for (const row of rows) {
    for (; expected < row.number; expected++) missing.push(expected);
    expected = row.number + 1;
  }
  return missing;
}
