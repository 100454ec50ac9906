/** A piece of word-extractor's piece table: its text and where that text lies in the WordDocument stream. */
export interface WordPiece {
  text: string;
  readonly startFilePos: number;
  readonly endFilePos: number;
  /** Bytes a character: 2 for UTF-16 pieces, 1 for compressed (cp1252) ones. */
  readonly bpc: number;
}

/** Put in place of a paragraph mark inside a table cell; word-extractor's clean leaves U+001C as it is. */
export const CELL_PARAGRAPH = "\u001c";

const sprmPFInTable = 0x2416;
const sprmPFTtp = 0x2417;
const sprmPFInnerTtp = 0x244c;
/** FIB offsets of PlcBtePapx (fc, lcb) in the Table stream. */
const FC_PLCF_BTE_PAPX = 0x0102;

/**
 * Marks the paragraphs that end inside a table cell without ending it:
 * their paragraph mark ("\r") becomes {@link CELL_PARAGRAPH}, so the text
 * can join a cell's paragraphs on one line while other paragraphs stay lines.
 * Reads the paragraph properties ([MS-DOC] PlcBtePapx, PapxFkp) as
 * word-extractor does: a paragraph is in a table when its properties hold
 * sprmPFInTable = 1, and is a row's end (left alone) with sprmPFTtp.
 *
 * @param pieces - word-extractor's pieces, changed in place
 * @param word - the WordDocument stream
 * @param table - the Table stream
 */
export function markCellParagraphs(pieces: WordPiece[], word: Uint8Array, table: Uint8Array): void {
  const wordView = new DataView(word.buffer, word.byteOffset, word.byteLength);
  const tableView = new DataView(table.buffer, table.byteOffset, table.byteLength);
  const fc = wordView.getUint32(FC_PLCF_BTE_PAPX, true);
  const lcb = wordView.getUint32(FC_PLCF_BTE_PAPX + 4, true);
  const count = (lcb - 4) / 8;
  if (!Number.isInteger(count) || count <= 0 || fc + lcb > table.length) return;
  for (let i = 0; i < count; i++) {
    const page = tableView.getUint32(fc + (count + 1) * 4 + i * 4, true) * 512;
    if (page + 512 > word.length) continue;
    const runs = word[page + 511] ?? 0;
    for (let j = 0; j < runs; j++) {
      const end = wordView.getUint32(page + (j + 1) * 4, true);
      const papx = page + (word[page + (runs + 1) * 4 + j * 13] ?? 0) * 2;
      if (papx === page) continue; // no properties: not in a table
      const cb = word[papx] ?? 0;
      const start = cb !== 0 ? papx + 1 : papx + 2;
      const length = cb !== 0 ? 2 * cb - 1 : 2 * (word[papx + 1] ?? 0);
      if (inCellNotRowEnd(word.subarray(start + 2, Math.min(start + length, page + 511)))) {
        replaceMark(pieces, end);
      }
    }
  }
}

/** Whether a paragraph's sprms say it is in a table cell and is not a row's end mark. */
function inCellNotRowEnd(grpprl: Uint8Array): boolean {
  const view = new DataView(grpprl.buffer, grpprl.byteOffset, grpprl.byteLength);
  let inTable = false;
  for (let at = 0; at + 2 <= grpprl.length; ) {
    const sprm = view.getUint16(at, true);
    at += 2;
    const operand = grpprl[at] ?? 0;
    if (sprm === sprmPFInTable && operand === 1) inTable = true;
    if ((sprm === sprmPFTtp || sprm === sprmPFInnerTtp) && operand === 1) return false;
    const size = [1, 1, 2, 4, 2, 2, -1, 3][sprm >> 13] ?? 1;
    if (size >= 0) at += size;
    else if (sprm === 0xd608) at += 2 + (at + 1 < grpprl.length ? view.getUint16(at, true) - 1 : 0);
    else at += 1 + operand;
  }
  return inTable;
}

/** The paragraph mark just before file position `end`, if it is "\r", replaced by {@link CELL_PARAGRAPH}. */
function replaceMark(pieces: WordPiece[], end: number): void {
  for (const piece of pieces) {
    const at = end - piece.bpc;
    if (at < piece.startFilePos || at >= piece.endFilePos) continue;
    const index = (at - piece.startFilePos) / piece.bpc;
    if (piece.text[index] === "\r") {
      piece.text = `${piece.text.slice(0, index)}${CELL_PARAGRAPH}${piece.text.slice(index + 1)}`;
    }
    return;
  }
}
