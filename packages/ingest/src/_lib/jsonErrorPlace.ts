/**
 * The reason and line of a JSON.parse error, the line found from the "at
 * position N" or "line N column M" the engine may give (V8 and Firefox do;
 * without it, only the reason).
 */
export function jsonErrorPlace(error: unknown, text: string): { reason: string; line?: number } {
  const raw = error instanceof Error ? error.message : String(error);
  const message = raw.replace(/\s+/g, " ").slice(0, 200);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { reason: message, line: Number(lineColumn[1]) };
  const position = /at position (\d+)/.exec(message);
  if (position) {
    const before = text.slice(0, Number(position[1]));
    return { reason: message, line: before.split("\n").length };
  }
  if (/end of JSON input|unexpected end of data/i.test(message)) {
    return { reason: message, line: text.split("\n").length };
  }
  return { reason: message };
}
