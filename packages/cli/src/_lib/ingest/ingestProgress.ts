import type { DocumentProgress } from "@parcomms/ingest";
import type { CliStream } from "../CliIo";
import { progressLine } from "../progressLine";
import { writeControl } from "../terminalIo";

/** What `parcomms ingest` tells its progress display. */
export interface IngestProgress {
  /** A document's own progress (a PDF's pages, a scan's OCR). */
  document(file: string, progress: DocumentProgress): void;
  /** A file is done: read, or skipped (`what` says how, in the language chosen). */
  done(file: string, what: string): void;
  /** Writes a line (an issue) without mixing it with the bar. */
  line(text: string): void;
  /** Clears the bar at the end. */
  end(): void;
}

/**
 * The progress of `parcomms ingest` on stderr. On a terminal, one line drawn
 * in place: the bar of files done out of all ("[████░░]  40% 4/10 tệp"), the
 * file being read and its own progress ("ocr 2/5"), cut to the terminal's
 * width. In a pipe or a file, a plain line per file done ("4/10 tệp
 * docs/003.pdf: đọc"), so logs stay readable.
 *
 * @param stream - stderr
 * @param total - the number of files
 * @param unit - the word for files, in the language chosen ("tệp", "files")
 * @returns the display
 * @example
 * const progress = ingestProgress(process.stderr, 10, "tệp"); progress.done("a.txt", "đọc");
 */
export function ingestProgress(stream: CliStream, total: number, unit: string): IngestProgress {
  let done = 0;
  if (!stream.isTTY) {
    return {
      document: () => {},
      done(file, what) {
        done += 1;
        stream.write(`${done}/${total} ${unit} ${file}: ${what}\n`);
      },
      line: (text) => stream.write(text),
      end: () => {},
    };
  }
  const width = Math.max(20, (stream.columns ?? 80) - 1);
  let shown = false;
  const draw = (current: string) => {
    const text = `${progressLine(done, total, unit)}${current ? ` ${current}` : ""}`;
    const cut = text.length > width ? `${text.slice(0, width - 1)}…` : text;
    writeControl(stream, "clearLine", cut);
    shown = true;
  };
  const clear = () => {
    if (shown) writeControl(stream, "clearLine");
    shown = false;
  };
  return {
    document(file, progress) {
      draw(`${file} ${progress.stage} ${progress.done}/${progress.total}`);
    },
    done(file) {
      done += 1;
      draw(file);
    },
    line(text) {
      clear();
      stream.write(text);
    },
    end: clear,
  };
}
