import { decodeWindows1252 } from "../../legacy/_lib/windows1252";

/** A piece of a Word file's text ([MS-DOC] Pcd): its characters and where they lie in the WordDocument stream. */
export interface WordPiece {
  /** The piece's characters, one a character position (changed in place by the property passes). */
  text: string;
  /** Where its first character lies in the WordDocument stream. */
  readonly startFilePos: number;
  /** Bytes a character: 2 for UTF-16LE pieces, 1 for compressed (Windows-1252) ones. */
  readonly bpc: 1 | 2;
}

/** The FIB's fcClx: where the piece table (Clx) lies in the table stream. */
const FC_CLX = 0x01a2;
const fCompressed = 0x40000000;

const utf16 = new TextDecoder("utf-16le");

/**
 * The pieces of a Word 97–2003 file's text in character order, read from
 * the Clx in the table stream: the property runs (Prc, type 1) skipped, then
 * the piece table (Pcdt, type 2): character positions, then one Pcd a piece,
 * whose fc says where its text is and whether it is compressed (one byte a
 * character, Windows-1252) or UTF-16LE. Throws a RangeError when a position
 * points past a stream's end, an Error when the Clx is not a piece table.
 */
export function wordPieces(word: Uint8Array, table: Uint8Array): WordPiece[] {
  const wordView = new DataView(word.buffer, word.byteOffset, word.byteLength);
  const tableView = new DataView(table.buffer, table.byteOffset, table.byteLength);
  let at = wordView.getUint32(FC_CLX, true);
  while (tableView.getUint8(at) === 1) at += 3 + tableView.getUint16(at + 1, true);
  if (tableView.getUint8(at) !== 2) throw new Error("its piece table is not where the FIB says (no Pcdt)");
  const size = tableView.getUint32(at + 1, true);
  at += 5;
  const count = (size - 4) / 12;
  if (!Number.isInteger(count) || count < 0 || at + size > table.length) {
    throw new RangeError(`the piece table (${size} bytes) does not fit the table stream`);
  }
  const pieces: WordPiece[] = [];
  for (let i = 0; i < count; i++) {
    const length = tableView.getUint32(at + (i + 1) * 4, true) - tableView.getUint32(at + i * 4, true);
    const fc = tableView.getUint32(at + (count + 1) * 4 + i * 8 + 2, true);
    const compressed = (fc & fCompressed) !== 0;
    const startFilePos = compressed ? (fc & ~fCompressed) / 2 : fc;
    const bpc = compressed ? 1 : 2;
    const end = startFilePos + length * bpc;
    if (length < 0 || end > word.length) {
      throw new RangeError(`a piece of text (${startFilePos}–${end}) lies past the WordDocument stream`);
    }
    const bytes = word.subarray(startFilePos, end);
    // windows-1252 by our own table: Node 20's TextDecoder reads that label as latin-1
    pieces.push({ text: compressed ? decodeWindows1252(bytes) : utf16.decode(bytes), startFilePos, bpc });
  }
  return pieces;
}
