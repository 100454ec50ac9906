/// <reference path="./word-extractor.d.ts" />
import type { WordDocument } from "word-extractor";
import { markCellParagraphs, type WordPiece } from "./markCellParagraphs";

/** word-extractor's reader of OLE Word files, named through a variable so that a browser bundle leaves it out. */
const WORD_OLE_EXTRACTOR = "word-extractor/lib/word-ole-extractor.js";

/** What word-extractor's reader asks of its source (its BufferReader's interface). */
interface Reader {
  open(): Promise<void>;
  close(): Promise<void>;
  read(buffer: Uint8Array, offset: number, length: number, position: number): Promise<Uint8Array>;
}

/** The internals of word-extractor 1.0.4's WordOleExtractor that {@link readWordOle} builds on. */
interface WordOleExtractor {
  _pieces: WordPiece[];
  writeParagraphProperties(word: Uint8Array, table: Uint8Array): void;
  extract(reader: Reader): Promise<WordDocument>;
}

/**
 * A Word 97–2003 file read by word-extractor's own OLE reader, with one step
 * added: before it reads the paragraph properties, the paragraph marks inside
 * table cells are marked (`markCellParagraphs`), so that a cell of several
 * paragraphs can stay on its row's line. Node only (the caller checks).
 */
export async function readWordOle(bytes: Uint8Array): Promise<WordDocument> {
  const module = (await import(/* @vite-ignore */ WORD_OLE_EXTRACTOR)) as {
    default: new () => WordOleExtractor;
  };
  const Base = module.default;
  class CellAwareExtractor extends Base {
    override writeParagraphProperties(word: Uint8Array, table: Uint8Array): void {
      markCellParagraphs(this._pieces, word, table);
      super.writeParagraphProperties(word, table);
    }
  }
  const reader: Reader = {
    open: async () => {},
    close: async () => {},
    read: async (buffer, offset, length, position) => {
      const end = Math.min(position + length, bytes.length);
      if (position < end) buffer.set(bytes.subarray(position, end), offset);
      return buffer;
    },
  };
  return new CellAwareExtractor().extract(reader);
}
