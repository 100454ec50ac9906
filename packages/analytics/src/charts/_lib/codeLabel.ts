import { type Codelist, formatMessage, type Language } from "@parcomms/core";
import { chartMessages } from "../chartMessages";

/** The "(none)" code of the core rollups: activities with no theme or no channel. */
export const NONE_CODE = "(none)";

/**
 * The label of a codelist code in one language; the rollups' "(none)" code
 * reads "(Chưa gắn chủ đề)"/"(Chưa gắn hình thức)"; a code the codelist does
 * not know is shown as it is.
 */
export function codeLabel(codelist: Codelist, code: string, language: Language): string {
  if (code === NONE_CODE)
    return formatMessage(
      chartMessages,
      codelist.id === "channels" ? "chart.noChannel" : "chart.noTheme",
      {},
      language,
    );
  return codelist.entries.find((e) => e.code === code)?.label[language] ?? code;
}

/** Codes sorted in codelist order; unknown codes after them in input order, "(none)" last. */
export function inCodelistOrder(codelist: Codelist, codes: Iterable<string>): string[] {
  const rank = new Map(codelist.entries.map((e, i) => [e.code, i]));
  const key = (c: string) => (c === NONE_CODE ? Number.MAX_SAFE_INTEGER : (rank.get(c) ?? rank.size));
  return [...new Set(codes)]
    .map((c, i) => ({ c, i }))
    .sort((a, b) => key(a.c) - key(b.c) || a.i - b.i)
    .map(({ c }) => c);
}
