import { windows1252Byte } from "../documents/legacy/_lib/windows1252";
import { compoundFile } from "./_lib/compoundFile";

/** Options of {@link writeDoc}. */
export interface WriteDocOptions {
  /**
   * Write each line holding a tab as a table row, its cells split at the
   * tabs, a U+2029 (paragraph separator) in a cell starting a new paragraph
   * of that cell (default false: tabs stay tab characters).
   */
  readonly tables?: boolean;
  /** A page header's text (one paragraph), kept out of the body as Word keeps it. */
  readonly header?: string;
  /** A page footer's text (one paragraph). */
  readonly footer?: string;
  /**
   * Store the text as Word does when it can: each stretch of characters
   * that Windows-1252 holds in a compressed piece (one byte a character),
   * the rest in UTF-16LE pieces (default false: one UTF-16LE piece).
   */
  readonly compressed?: boolean;
  /**
   * Text between U+E000 and U+E001 is a deleted tracked change (its
   * characters marked sprmCFRMarkDel, the markers left out); default false:
   * the markers are ordinary characters.
   */
  readonly deletions?: boolean;
}

/** A piece of the text: its characters' range in the text and where it is stored. */
interface Piece {
  readonly start: number;
  readonly end: number;
  readonly at: number;
  readonly bpc: 1 | 2;
}

type ParagraphKind = "normal" | "cell" | "row-end";

const FIB_SIZE = 0x384;
const TEXT_AT = 0x400;
const PAGE = 512;
/** Where the FibRgFcLcb97 pairs (fc, lcb) start in the FIB, and the index of the ones written here. */
const FC_LCB = 0x9a;
const PLCF_HDD = 11;
const PLCF_BTE_CHPX = 12;
const PLCF_BTE_PAPX = 13;
const CLX = 33;
const sprmPFInTable = 0x2416;
const sprmPFTtp = 0x2417;

/**
 * A minimal Word 97–2003 document (.doc) whose paragraphs are the lines of
 * `text`, so tests can read a real .doc without committing a binary fixture
 * (Node and browser; `@parcomms/ingest/testing`). As [MS-DOC] lays it out:
 * an OLE compound file with a `WordDocument` stream (the FIB, the text in
 * UTF-16, one character-property page, the paragraph-property pages that
 * mark table cells and row ends) and a `1Table` stream (the piece table,
 * the bin tables, the header stories' positions). Word's own controls pass
 * through: "\u0013 code \u0014 result \u0015" is a field.
 *
 * @param text - the document's text, one paragraph a line
 * @param options - tables, a page header and footer
 * @returns the bytes of the .doc
 * @example
 * writeFileSync("003.doc", writeDoc(readFileSync("003_c2f82bd70c212939.txt", "utf8"), { header: "Trang 1" }));
 */
export function writeDoc(text: string, options: WriteDocOptions = {}): Uint8Array {
  const kinds: ParagraphKind[] = [];
  let main = "";
  for (const line of text.replace(/\r\n?/g, "\n").split("\n")) {
    if (options.tables === true && line.includes("\t")) {
      for (const cell of line.split("\t")) {
        const paragraphs = cell.split("\u2029");
        main += `${paragraphs.join("\r")}\u0007`;
        for (const _ of paragraphs) kinds.push("cell");
      }
      main += "\u0007";
      kinds.push("row-end");
    } else {
      main += `${line}\r`;
      kinds.push("normal");
    }
  }
  const { stories, cps } = headerStories(options);
  for (const _ of stories.match(/\r/g) ?? []) kinds.push("normal");
  const marked = stories === "" ? main : `${main}${stories}\r`;
  if (stories !== "") kinds.push("normal");
  const { text: all, deleted } =
    options.deletions === true ? takeDeletions(marked) : { text: marked, deleted: [] };
  const mainLength = all.length - (marked.length - main.length);

  const pieces = layPieces(all, options.compressed === true);
  const textEnd = pieces.reduce((end, p) => Math.max(end, p.at + (p.end - p.start) * p.bpc), TEXT_AT);
  const pieceOf = (index: number) => pieces.find((p) => index >= p.start && index < p.end);
  /** Where character `index` lies in the WordDocument stream (the text's end for the index past it). */
  const filePos = (index: number): number => {
    const piece = pieceOf(index);
    return piece === undefined ? textEnd : piece.at + (index - piece.start) * piece.bpc;
  };
  const chpxPage = Math.ceil(textEnd / PAGE);
  const runs = paragraphRuns(all, kinds, filePos, (index) => filePos(index) + (pieceOf(index)?.bpc ?? 2));
  const papxPages = chunk(runs, 24);
  const streamLength = (chpxPage + 1 + papxPages.length) * PAGE;
  const word = new Uint8Array(streamLength);
  const w = new DataView(word.buffer);

  for (const piece of pieces) {
    for (let i = piece.start; i < piece.end; i++) {
      const at = piece.at + (i - piece.start) * piece.bpc;
      if (piece.bpc === 2) w.setUint16(at, all.charCodeAt(i), true);
      else word[at] = windows1252Byte(all.charAt(i)) ?? 0x3f;
    }
  }
  word.set(chpxFkp(all.length, deleted, filePos, textEnd), chpxPage * PAGE);
  papxPages.forEach((page, i) => {
    word.set(papxFkp(page), (chpxPage + 1 + i) * PAGE);
  });

  const table = new ByteWriter();
  const clxAt = table.length;
  table.u8(0x02).u32(4 + pieces.length * 12);
  for (const piece of pieces) table.u32(piece.start);
  table.u32(all.length);
  for (const piece of pieces) {
    table
      .u16(0)
      .u32(piece.bpc === 2 ? piece.at : (piece.at * 2) | 0x40000000)
      .u16(0);
  }
  const clxLength = table.length - clxAt;
  const chpxAt = table.length;
  table.u32(TEXT_AT).u32(textEnd).u32(chpxPage);
  const chpxLength = table.length - chpxAt;
  const papxAt = table.length;
  for (const page of papxPages) table.u32(page[0]?.start ?? TEXT_AT);
  table.u32(textEnd);
  for (let i = 0; i < papxPages.length; i++) table.u32(chpxPage + 1 + i);
  const papxLength = table.length - papxAt;
  const hddAt = table.length;
  for (const cp of cps) table.u32(cp);
  const hddLength = table.length - hddAt;

  w.setUint16(0x00, 0xa5ec, true); // wIdent
  w.setUint16(0x02, 0x00c1, true); // nFib: Word 97
  w.setUint16(0x06, 0x042a, true); // lid: Vietnamese
  w.setUint16(0x0a, 0x1200, true); // fWhichTblStm (1Table), fExtChar
  w.setUint16(0x0c, 0x00bf, true); // nFibBack
  w.setUint16(0x20, 14, true); // csw
  w.setUint16(0x22 + 13 * 2, 0x042a, true); // lidFE
  w.setUint16(0x3e, 22, true); // cslw
  w.setUint32(0x40, streamLength, true); // cbMac
  w.setUint32(0x4c, mainLength, true); // ccpText
  w.setUint32(0x54, cps.length === 0 ? 0 : stories.length, true); // ccpHdd
  w.setUint16(0x98, 0x5d, true); // cbRgFcLcb: FibRgFcLcb97
  const pair = (index: number, at: number, length: number) => {
    w.setUint32(FC_LCB + index * 8, at, true);
    w.setUint32(FC_LCB + index * 8 + 4, length, true);
  };
  pair(CLX, clxAt, clxLength);
  pair(PLCF_BTE_CHPX, chpxAt, chpxLength);
  pair(PLCF_BTE_PAPX, papxAt, papxLength);
  if (cps.length > 0) pair(PLCF_HDD, hddAt, hddLength);
  w.setUint16(FIB_SIZE - 2, 0, true); // cswNew
  return compoundFile({ WordDocument: word, "1Table": table.bytes() });
}

/**
 * The header document: the six separator stories (empty), then one
 * section's six stories (even header, odd header, even footer, odd footer,
 * first-page header, first-page footer), the odd ones holding the header
 * and footer, each story ending with a paragraph mark; and the PlcfHdd's
 * character positions, one a story and two more.
 */
function headerStories(options: WriteDocOptions): { stories: string; cps: number[] } {
  if (options.header === undefined && options.footer === undefined) return { stories: "", cps: [] };
  const texts = ["", "", "", "", "", "", "", options.header, "", options.footer, "", ""];
  const cps: number[] = [];
  let stories = "";
  for (const story of texts) {
    cps.push(stories.length);
    if (story) stories += `${story}\r`;
  }
  cps.push(stories.length);
  stories += "\r";
  cps.push(stories.length);
  return { stories, cps };
}

interface Run {
  readonly start: number;
  readonly end: number;
  readonly kind: ParagraphKind;
}

/** Each paragraph's place in the WordDocument stream: paragraphs end at a paragraph mark or a cell or row mark. */
function paragraphRuns(
  all: string,
  kinds: readonly ParagraphKind[],
  filePos: (index: number) => number,
  endPos: (index: number) => number,
): Run[] {
  const runs: Run[] = [];
  let start = 0;
  for (let i = 0; i < all.length; i++) {
    const char = all[i];
    if (char !== "\r" && char !== "\u0007") continue;
    runs.push({
      start: filePos(start),
      end: endPos(i),
      kind: kinds[runs.length] ?? "normal",
    });
    start = i + 1;
  }
  return runs;
}

/**
 * The text's pieces, laid one after another from TEXT_AT: with
 * `compressed`, each stretch of characters Windows-1252 holds in a
 * one-byte piece, the others in UTF-16LE pieces, with no gap between them.
 */
function layPieces(all: string, compressed: boolean): Piece[] {
  const pieces: Piece[] = [];
  let at = TEXT_AT;
  let start = 0;
  const bpcOf = (i: number): 1 | 2 => (compressed && windows1252Byte(all.charAt(i)) !== undefined ? 1 : 2);
  for (let i = 1; i <= all.length; i++) {
    if (i < all.length && bpcOf(i) === bpcOf(start)) continue;
    const bpc = bpcOf(start);
    pieces.push({ start, end: i, at, bpc });
    at += (i - start) * bpc;
    start = i;
  }
  return pieces.length > 0 ? pieces : [{ start: 0, end: 0, at: TEXT_AT, bpc: 2 }];
}

/** The text without its deletion markers (U+E000 … U+E001), and the deleted ranges of what is left. */
function takeDeletions(marked: string): { text: string; deleted: Array<readonly [number, number]> } {
  let text = "";
  const deleted: Array<readonly [number, number]> = [];
  let from = -1;
  for (const char of marked) {
    if (char === "\ue000") from = text.length;
    else if (char === "\ue001" && from >= 0) {
      deleted.push([from, text.length]);
      from = -1;
    } else text += char;
  }
  return { text, deleted };
}

/**
 * A ChpxFkp page: character runs over the whole text, those in `deleted`
 * with the property sprmCFRMarkDel(1), the others with none.
 */
function chpxFkp(
  length: number,
  deleted: ReadonlyArray<readonly [number, number]>,
  filePos: (index: number) => number,
  textEnd: number,
): Uint8Array {
  const bounds = [...new Set([0, ...deleted.flat(), length])].sort((a, b) => a - b);
  const runs = bounds.slice(0, -1).map((start, i) => ({
    start,
    end: bounds[i + 1] ?? length,
    deleted: deleted.some(([from, to]) => start >= from && start < to),
  }));
  if (runs.length > 90) throw new Error("writeDoc: more deletions than one character-property page holds");
  const page = new Uint8Array(PAGE);
  const view = new DataView(page.buffer);
  runs.forEach((run, i) => {
    view.setUint32(i * 4, filePos(run.start), true);
  });
  view.setUint32(runs.length * 4, textEnd, true);
  // the one Chpx, at the page's end: cb = 3, sprmCFRMarkDel (0x0800) with operand 1
  page.set([3, 0x00, 0x08, 1], 506);
  runs.forEach((run, i) => {
    page[(runs.length + 1) * 4 + i] = run.deleted ? 506 / 2 : 0;
  });
  page[511] = runs.length;
  return page;
}

/**
 * A PapxFkp page: the runs' file positions, a BX (offset and empty PHE) a
 * run, and the paragraph properties they point to (style 0; in a table; a
 * row's end), stored from the end of the page, the run count in its last byte.
 */
function papxFkp(runs: readonly Run[]): Uint8Array {
  const page = new Uint8Array(PAGE);
  const view = new DataView(page.buffer);
  runs.forEach((run, i) => {
    view.setUint32(i * 4, run.start, true);
  });
  view.setUint32(runs.length * 4, runs[runs.length - 1]?.end ?? TEXT_AT, true);
  const grpprls: Record<ParagraphKind, number[]> = {
    // cb = 0, then cb' = 1: a grpprl of 2 bytes, the style index alone
    normal: [0, 1, 0, 0],
    // cb = 3: 2 × 3 − 1 = 5 bytes, style and sprmPFInTable(1)
    cell: [3, 0, 0, sprmPFInTable & 0xff, sprmPFInTable >> 8, 1],
    // cb = 0, cb' = 4: 8 bytes, style, sprmPFInTable(1), sprmPFTtp(1) and a pad
    "row-end": [
      0,
      4,
      0,
      0,
      sprmPFInTable & 0xff,
      sprmPFInTable >> 8,
      1,
      sprmPFTtp & 0xff,
      sprmPFTtp >> 8,
      1,
      0,
    ],
  };
  const offsets = new Map<ParagraphKind, number>();
  let at = 510;
  for (const kind of ["normal", "cell", "row-end"] as const) {
    const bytes = grpprls[kind];
    at -= bytes.length + (bytes.length % 2);
    page.set(bytes, at);
    offsets.set(kind, at / 2);
  }
  const bx = (runs.length + 1) * 4;
  runs.forEach((run, i) => {
    page[bx + i * 13] = offsets.get(run.kind) ?? 0;
  });
  page[511] = runs.length;
  return page;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/** Little-endian bytes appended one value at a time. */
class ByteWriter {
  private readonly parts: number[] = [];
  get length(): number {
    return this.parts.length;
  }
  u8(value: number): this {
    this.parts.push(value & 0xff);
    return this;
  }
  u16(value: number): this {
    return this.u8(value).u8(value >> 8);
  }
  u32(value: number): this {
    return this.u16(value & 0xffff).u16(value >>> 16);
  }
  bytes(): Uint8Array {
    return Uint8Array.from(this.parts);
  }
}
