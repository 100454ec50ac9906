/**
 * Text split into lines, each line remembering which line of the clean text
 * it came from, so that line ranges an extractor reports on damaged text can
 * be mapped back to the answer key's (clean) line numbers.
 */
export interface TracedText {
  /** The lines, without their terminators. */
  readonly lines: readonly string[];
  /** `origin[i]` is the 1-based clean line that line `i` came from; 0 for an inserted line (page furniture). */
  readonly origin: readonly number[];
  /** Line terminator used when joining. */
  readonly eol: "\n" | "\r\n";
}

/** The clean text as a traced text: line `i` comes from line `i + 1`. */
export function traceText(text: string): TracedText {
  const lines = text.split(/\r?\n/);
  return { lines, origin: lines.map((_, i) => i + 1), eol: text.includes("\r\n") ? "\r\n" : "\n" };
}

/** The traced text joined back into one string. */
export function joinTraced(traced: TracedText): string {
  return traced.lines.join(traced.eol);
}
