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
  const all = stories === "" ? main : `${main}${stories}\r`;
  if (stories !== "") kinds.push("normal");

  const textEnd = TEXT_AT + all.length * 2;
  const chpxPage = Math.ceil(textEnd / PAGE);
  const runs = paragraphRuns(all, kinds);
  const papxPages = chunk(runs, 24);
  const streamLength = (chpxPage + 1 + papxPages.length) * PAGE;
  const word = new Uint8Array(streamLength);
  const w = new DataView(word.buffer);

  for (let i = 0; i < all.length; i++) w.setUint16(TEXT_AT + i * 2, all.charCodeAt(i), true);
  // one character run over the whole text, with no properties
  const chpx = chpxPage * PAGE;
  w.setUint32(chpx, TEXT_AT, true);
  w.setUint32(chpx + 4, textEnd, true);
  word[chpx + 8] = 0;
  word[chpx + 511] = 1;
  papxPages.forEach((page, i) => {
    word.set(papxFkp(page), (chpxPage + 1 + i) * PAGE);
  });

  const table = new ByteWriter();
  const clxAt = table.length;
  table.u8(0x02).u32(16).u32(0).u32(all.length).u16(0).u32(TEXT_AT).u16(0);
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
  w.setUint32(0x4c, main.length, true); // ccpText
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
function paragraphRuns(all: string, kinds: readonly ParagraphKind[]): Run[] {
  const runs: Run[] = [];
  let start = 0;
  for (let i = 0; i < all.length; i++) {
    const char = all[i];
    if (char !== "\r" && char !== "\u0007") continue;
    runs.push({
      start: TEXT_AT + start * 2,
      end: TEXT_AT + (i + 1) * 2,
      kind: kinds[runs.length] ?? "normal",
    });
    start = i + 1;
  }
  return runs;
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
