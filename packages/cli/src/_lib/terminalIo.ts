import type { CliIo, CliStream } from "./CliIo";
import { terminalText } from "./terminalText";

/** The only control sequences the command line writes itself: progress drawn in place on a terminal. */
const CONTROLS = {
  /** Back to the start of the line. */
  return: "\r",
  /** Back to the start of the line and erase it. */
  clearLine: "\r\u001b[2K",
} as const;

const RAW = Symbol("raw terminal write");

type TerminalStream = CliStream & { readonly [RAW]?: (sequence: string) => unknown };

function safeStream(stream: CliStream): TerminalStream {
  return {
    write: (text: string) => stream.write(terminalText(text)),
    [RAW]: (sequence: string) => stream.write(sequence),
    get isTTY() {
      return stream.isTTY;
    },
    get columns() {
      return stream.columns;
    },
  };
}

/**
 * The one way out of the command line: `runCli` gives every command these
 * streams, whose `write` passes all text through {@link terminalText}, so no
 * unit name, title, file name or message can put an escape sequence, a
 * control character or a bidirectional override on the terminal. A source
 * check (`terminalIo.test.ts`) keeps the commands from reaching
 * `process.stdout`, `process.stderr` or `console` around it.
 *
 * @param io - the process's streams and working folder
 * @returns the same, with sanitising streams
 * @example
 * const io = terminalIo({ stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
 * io.stdout.write("a\u202eb\n"); // prints a\u202eb
 */
export function terminalIo(io: CliIo): CliIo {
  return { stdout: safeStream(io.stdout), stderr: safeStream(io.stderr), cwd: io.cwd };
}

/**
 * Writes one of the command line's own control sequences (never text from
 * input) on a stream, then `text` made safe, in one write: the progress
 * bar's return and line erase, which {@link terminalIo}'s `write` would show
 * as escapes.
 *
 * @param stream - stderr, from {@link terminalIo}
 * @param control - "return" (\r) or "clearLine" (\r and erase the line)
 * @param text - what to draw after it, passed through `terminalText`
 * @example
 * writeControl(io.stderr, "clearLine", "[████░░░░] 1/4 tệp a.txt");
 */
export function writeControl(stream: CliStream, control: keyof typeof CONTROLS, text = ""): void {
  const raw = (stream as TerminalStream)[RAW];
  if (raw) raw(`${CONTROLS[control]}${terminalText(text)}`);
  else stream.write(`${CONTROLS[control]}${text}`);
}
