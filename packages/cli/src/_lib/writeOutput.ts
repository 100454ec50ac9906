import type { Language } from "@parcomms/core";
import type { CliIo } from "./CliIo";
import { cliText } from "./cliText";
import { formatIssueLine } from "./formatIssueLine";
import { commonMessages } from "./messages/commonMessages";

/**
 * Runs `write` (which writes the file or folder `out`) and turns a failure
 * into the coded, bilingual `io.cannot-write` message on stderr.
 *
 * @returns true when the output was written
 * @example
 * if (!writeOutput(io, "vi", out, () => writeFileSync(out, svg))) return 1;
 */
export function writeOutput(io: CliIo, language: Language, out: string, write: () => void): boolean {
  try {
    write();
    return true;
  } catch (error) {
    const reason = (error as { code?: string }).code ?? String(error);
    const message = cliText(commonMessages, "cli.io.cannot-write", { reason });
    io.stderr.write(
      formatIssueLine({ file: out, severity: "error", code: "io.cannot-write", message }, language),
    );
    return false;
  }
}
