import type { WordPiece } from "./wordPieces";

/** Put in place of a paragraph mark inside a table cell, so that a cell's paragraphs can be joined on its row's line. */
export const CELL_PARAGRAPH = "\u001c";

/** FIB offsets of PlcfBteChpx and PlcfBtePapx (fc, lcb) in the table stream. */
const FC_PLCF_BTE_CHPX = 0x00fa;
const FC_PLCF_BTE_PAPX = 0x0102;
const sprmCFRMarkDel = 0x0800;
const sprmPFInTable = 0x2416;
const sprmPFTtp = 0x2417;
const sprmPFInnerTtp = 0x244c;
const sprmPTableProps = 0xd608;
const PAGE = 512;

/**
 * Applies the character and paragraph properties that change the text read
 * from a Word file, in its pieces, without changing their lengths:
 * deleted tracked changes (sprmCFRMarkDel) become NUL (dropped later), a
 * table row's end mark paragraph (sprmPFTtp) becomes "\n", and the
 * paragraph mark of a paragraph inside a table cell becomes
 * {@link CELL_PARAGRAPH}. Reads the bin tables ([MS-DOC] PlcBteChpx,
 * PlcBtePapx) and their 512-byte pages (ChpxFkp, PapxFkp) as word-extractor
 * 1.0.4 does; a page that lies past the stream is skipped.
 */
export function applyWordProperties(pieces: WordPiece[], word: Uint8Array, table: Uint8Array): void {
  const wordView = new DataView(word.buffer, word.byteOffset, word.byteLength);
  for (const page of binPages(wordView, table, FC_PLCF_BTE_CHPX)) {
    const runs = word[page + PAGE - 1] ?? 0;
    for (let j = 0; j < runs; j++) {
      const rgb = word[page + (runs + 1) * 4 + j] ?? 0;
      if (rgb === 0) continue;
      const chpx = page + rgb * 2;
      const grpprl = word.subarray(chpx + 1, Math.min(chpx + 1 + (word[chpx] ?? 0), page + PAGE));
      if (sprms(grpprl).some(([sprm, operand]) => sprm === sprmCFRMarkDel && (operand & 1) === 1)) {
        fill(
          pieces,
          wordView.getUint32(page + j * 4, true),
          wordView.getUint32(page + (j + 1) * 4, true),
          "\0",
        );
      }
    }
  }
  for (const page of binPages(wordView, table, FC_PLCF_BTE_PAPX)) {
    const runs = word[page + PAGE - 1] ?? 0;
    for (let j = 0; j < runs; j++) {
      const start = wordView.getUint32(page + j * 4, true);
      const end = wordView.getUint32(page + (j + 1) * 4, true);
      const papx = page + (word[page + (runs + 1) * 4 + j * 13] ?? 0) * 2;
      if (papx === page) continue; // no properties: a plain paragraph
      const cb = word[papx] ?? 0;
      const from = cb !== 0 ? papx + 1 : papx + 2;
      const length = cb !== 0 ? 2 * cb - 1 : 2 * (word[papx + 1] ?? 0);
      const found = sprms(word.subarray(from + 2, Math.min(from + length, page + PAGE - 1)));
      const rowEnd = found.some(
        ([sprm, operand]) => (sprm === sprmPFTtp || sprm === sprmPFInnerTtp) && operand === 1,
      );
      if (rowEnd) fill(pieces, start, end, "\n");
      else if (found.some(([sprm, operand]) => sprm === sprmPFInTable && operand === 1)) {
        const mark = end - markWidth(pieces, end);
        if (charAt(pieces, mark) === "\r") fill(pieces, mark, end, CELL_PARAGRAPH);
      }
    }
  }
}

/** The file positions of the property pages a bin table (its FIB offset given) lists, those inside the stream. */
function binPages(wordView: DataView, table: Uint8Array, fibOffset: number): number[] {
  const fc = wordView.getUint32(fibOffset, true);
  const lcb = wordView.getUint32(fibOffset + 4, true);
  const count = (lcb - 4) / 8;
  if (!Number.isInteger(count) || count <= 0 || fc + lcb > table.length) return [];
  const tableView = new DataView(table.buffer, table.byteOffset, table.byteLength);
  const pages: number[] = [];
  for (let i = 0; i < count; i++) {
    const page = tableView.getUint32(fc + (count + 1) * 4 + i * 4, true) * PAGE;
    if (page + PAGE <= wordView.byteLength) pages.push(page);
  }
  return pages;
}

/** The (sprm, first operand byte) pairs of a grpprl, each operand skipped by the size its sprm's spra gives. */
function sprms(grpprl: Uint8Array): Array<readonly [number, number]> {
  const found: Array<readonly [number, number]> = [];
  for (let at = 0; at + 2 <= grpprl.length; ) {
    const sprm = (grpprl[at] ?? 0) | ((grpprl[at + 1] ?? 0) << 8);
    at += 2;
    const operand = grpprl[at] ?? 0;
    found.push([sprm, operand]);
    const size = [1, 1, 2, 4, 2, 2, -1, 3][sprm >> 13] ?? 1;
    if (size >= 0) at += size;
    else if (sprm === sprmPTableProps) at += 2 + ((grpprl[at] ?? 0) | ((grpprl[at + 1] ?? 0) << 8)) - 1;
    else at += 1 + operand;
  }
  return found;
}

/** The piece holding the byte just before file position `end`, its bytes a character (2 if none holds it). */
function markWidth(pieces: readonly WordPiece[], end: number): number {
  const piece = pieces.find(
    (p) => end - p.bpc >= p.startFilePos && end <= p.startFilePos + p.text.length * p.bpc,
  );
  return piece?.bpc ?? 2;
}

/** The character at file position `at`, if a piece holds it. */
function charAt(pieces: readonly WordPiece[], at: number): string | undefined {
  for (const piece of pieces) {
    const index = (at - piece.startFilePos) / piece.bpc;
    if (Number.isInteger(index) && index >= 0 && index < piece.text.length) return piece.text[index];
  }
  return undefined;
}

/** Every character whose file position lies in [start, end) replaced by `character`, in whichever pieces hold it. */
function fill(pieces: WordPiece[], start: number, end: number, character: string): void {
  for (const piece of pieces) {
    const from = Math.max(0, Math.ceil((start - piece.startFilePos) / piece.bpc));
    const to = Math.min(piece.text.length, Math.ceil((end - piece.startFilePos) / piece.bpc));
    if (from >= to) continue;
    piece.text = piece.text.slice(0, from) + character.repeat(to - from) + piece.text.slice(to);
  }
}
