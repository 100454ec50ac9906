import CFB from "cfb";

/** The two streams of a Word 97–2003 file that hold its main text. */
export interface WordStreams {
  /** The `WordDocument` stream: the FIB, the text, the property pages. */
  readonly word: Uint8Array;
  /** The table stream the FIB names (`0Table` or `1Table`): the piece table and the bin tables. */
  readonly table: Uint8Array;
}

const FIB_VERSION = 0x0002;
/** nFib of Word 97 (0x00C1); Word 6.0 and 95 wrote 101–106 (their FIB is laid out otherwise). */
const WORD_97 = 0x00c1;
const FIB_FLAGS = 0x000a;
const fEncrypted = 0x0100;
const fWhichTblStm = 0x0200;
const fObfuscated = 0x8000;

/**
 * The `WordDocument` and table streams of an OLE compound file, read with
 * SheetJS `cfb` (pure JavaScript, the same in Node and the browser). Throws
 * an Error whose message names the problem: no Word magic number, a Word
 * 6.0 or 95 file, an encrypted or obfuscated file, a missing table stream. The caller checks
 * the compound file's chains first (`compoundFileProblem`).
 */
export function wordStreams(bytes: Uint8Array): WordStreams {
  const container = CFB.read(bytes.slice(), { type: "array" });
  const word = streamBytes(container, "WordDocument");
  if (word === undefined) throw new Error("it has no WordDocument stream");
  const view = new DataView(word.buffer, word.byteOffset, word.byteLength);
  const magic = word.length >= 2 ? view.getUint16(0, true) : 0;
  if (magic !== 0xa5ec) {
    throw new Error(`This does not seem to be a Word document: Invalid magic number: ${magic.toString(16)}`);
  }
  const nFib = view.getUint16(FIB_VERSION, true);
  if (nFib < WORD_97) {
    throw new Error(
      `a Word 6.0 or Word 95 file (FIB version ${nFib}), older than the Word 97–2003 format read here`,
    );
  }
  const flags = view.getUint16(FIB_FLAGS, true);
  if ((flags & fEncrypted) !== 0) {
    throw new Error(
      (flags & fObfuscated) !== 0
        ? "the file is obfuscated (XOR), as Word saves a file with a password"
        : "the file is encrypted with a password",
    );
  }
  const tableName = (flags & fWhichTblStm) !== 0 ? "1Table" : "0Table";
  const table = streamBytes(container, tableName);
  if (table === undefined) throw new Error(`its table stream (${tableName}) is missing`);
  return { word, table };
}

function streamBytes(container: CFB.CFB$Container, name: string): Uint8Array | undefined {
  const entry = container.FileIndex.find((file) => file.type === 2 && file.name === name);
  if (entry === undefined) return undefined;
  const content = entry.content;
  return content instanceof Uint8Array ? content : Uint8Array.from(content ?? []);
}
