import { joinTraced, traceText } from "./_lib/TracedText";
import { crlfTraced } from "./_lib/traced";

/**
 * Damages a text the way Windows tools do: every line ends in CR LF. The
 * number of lines does not change.
 *
 * @param text - clean text (LF or CRLF)
 * @returns the same lines joined with "\r\n"
 * @example
 * toCrlf("KẾ HOẠCH\n\nTuyên truyền") // "KẾ HOẠCH\r\n\r\nTuyên truyền"
 */
export function toCrlf(text: string): string {
  return joinTraced(crlfTraced(traceText(text)));
}
