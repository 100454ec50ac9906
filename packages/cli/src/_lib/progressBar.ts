import type { Language } from "@parcomms/core";
import type { CliStream } from "./CliIo";
import { writeControl } from "./terminalIo";

const WIDTH = 24;

/**
 * A progress callback that draws a bar in place on stderr when it is a
 * terminal ("[██████░░░░] 12/40 tệp"), clears it when done, and does nothing
 * in a pipe or a file (so scripts get clean output).
 */
export function progressBar(
  stream: CliStream,
  unit: { readonly vi: string; readonly en: string },
  language: Language,
): (done: number, total: number) => void {
  if (!stream.isTTY) return () => {};
  let last = -1;
  return (done, total) => {
    if (total <= 1) return;
    const share = Math.min(1, done / total);
    const filled = Math.round(share * WIDTH);
    if (filled === last && done !== total) return;
    last = filled;
    writeControl(
      stream,
      "return",
      `[${"█".repeat(filled)}${"░".repeat(WIDTH - filled)}] ${done}/${total} ${unit[language]}`,
    );
    if (done === total) writeControl(stream, "clearLine");
  };
}
