import type { PlanMention } from "@parcomms/core";
import { citedParts } from "./_lib/citedParts";

/**
 * A plan a text names (kế hoạch được nhắc tới), cited as Vietnamese documents
 * cite one another: "Kế hoạch số 45/KH-UBND ngày 10/02/2025 của UBND huyện
 * Tân Phú". Only what the text gives is cited; a mention that gives none of
 * number, date and issuer is cited as it was written. Used in the messages of
 * `io.about-plan` and by the command line and the notebook, so that every
 * surface names a plan the same way.
 *
 * @param mention - a mention from `extractPlan`'s `mentions`
 * @returns the citation, in Vietnamese as the documents write it
 * @example
 * citePlanMention({ number: "45", symbol: "KH-UBND", issueDate: { year: 2025, month: 2, day: 10 }, issuer: "UBND huyện Tân Phú", raw: "…" })
 * // "Kế hoạch số 45/KH-UBND ngày 10/02/2025 của UBND huyện Tân Phú"
 * citePlanMention({ raw: "kế hoạch tuyên truyền CCHC năm 2025 của huyện" }) // "kế hoạch tuyên truyền CCHC năm 2025 của huyện"
 */
export function citePlanMention(mention: PlanMention): string {
  const parts = citedParts(mention);
  if (mention.issuer) parts.push(`của ${mention.issuer}`);
  return parts.length === 0 ? mention.raw : `Kế hoạch ${parts.join(" ")}`;
}
