import type { LocalizedText } from "@parcomms/core";

/** A command line that cannot be run as written (exit code 2): a stable code and the message in both languages. */
export class UsageError extends Error {
  override readonly name = "UsageError";
  readonly code: string;
  readonly text: LocalizedText;

  constructor(code: string, text: LocalizedText) {
    super(`${code}: ${text.en}`);
    this.code = code;
    this.text = text;
  }
}
