import { TableFormatError } from "./TableFormatError";

/** The five hand-encoded real plans (schema 1.1), one by one and in seed order. */
export { plan000, plan001, plan002, plan003, plan004, realPlans } from "@parcomms/sample-data";

/** The fields of the TableFormatError that `run` throws, for comparing whole errors. */
export function errorOf(run: () => unknown): Record<string, unknown> {
  try {
    run();
  } catch (error) {
    if (!(error instanceof TableFormatError)) throw error;
    const { code, file, row, column, line, size, limit, message } = error;
    return Object.fromEntries(
      Object.entries({ code, file, row, column, line, size, limit, message }).filter(
        ([, v]) => v !== undefined,
      ),
    );
  }
  throw new Error("expected a TableFormatError, but nothing was thrown");
}

/** CSV text with its record ends (LF outside quotes) turned into CRLF, quoted line breaks left as they are. */
export function toCrlf(csv: string): string {
  let inQuotes = false;
  let out = "";
  for (const char of csv) {
    if (char === '"') inQuotes = !inQuotes;
    out += char === "\n" && !inQuotes ? "\r\n" : char;
  }
  return out;
}
