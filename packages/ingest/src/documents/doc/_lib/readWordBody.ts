import { cleanWordText } from "./cleanWordText";
import { wordPieces } from "./wordPieces";
import { applyWordProperties } from "./wordProperties";
import { wordStreams } from "./wordStreams";

/** The FIB's ccpText: how many characters the main story has. */
const CCP_TEXT = 0x004c;

/**
 * The main story (body) of a Word 97–2003 file as plain text, read in pure
 * JavaScript, the same in Node and in a browser: the OLE container by
 * `cfb`, the FIB, the piece table, and the properties that change the text
 * (deleted tracked changes, table rows and cells); headers, footers,
 * footnotes, comments and text boxes, which follow the main story, left
 * out. The same text word-extractor 1.0.4's `getBody({ filterUnicode:
 * false })` gives, with a cell's inner paragraph marks as `CELL_PARAGRAPH`.
 * Throws when the file is not a readable Word file (the message says why).
 */
export function readWordBody(bytes: Uint8Array): string {
  const { word, table } = wordStreams(bytes);
  const pieces = wordPieces(word, table);
  applyWordProperties(pieces, word, table);
  const ccpText = new DataView(word.buffer, word.byteOffset, word.byteLength).getUint32(CCP_TEXT, true);
  return cleanWordText(
    pieces
      .map((piece) => piece.text)
      .join("")
      .slice(0, ccpText),
  );
}
