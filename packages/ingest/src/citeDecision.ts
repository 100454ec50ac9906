import type { IssuingDecision } from "@parcomms/core";
import { citedParts } from "./_lib/citedParts";

/**
 * The decision that issues a plan, cited as documents cite it: "Quyết định
 * số 123/QĐ-UBND ngày 05/03/2025"; "Quyết định" alone when the text gives
 * neither its number nor its date.
 *
 * @param decision - `extractPlan`'s `decision`
 * @returns the citation
 * @example
 * citeDecision({ number: "123", symbol: "QĐ-UBND", issueDate: { year: 2025, month: 3, day: 5 } })
 * // "Quyết định số 123/QĐ-UBND ngày 05/03/2025"
 */
export function citeDecision(decision: IssuingDecision): string {
  return ["Quyết định", ...citedParts(decision)].join(" ");
}
