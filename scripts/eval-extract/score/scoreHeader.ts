import { isNotStated, type Plan } from "@parcomms/core";
import { showDate, showValue } from "./_lib/show";
import { normaliseText } from "./_lib/text";
import type { Miss } from "./Miss";
import type { Tally } from "./Tally";

/** Header fields compared, in order. */
export const HEADER_FIELDS = [
  "title",
  "unit.name",
  "unit.level",
  "period",
  "number",
  "issueDate",
  "signatory",
  "signatory.form",
  "recipients",
] as const;

const text = (v: string | undefined) => (v === undefined ? "—" : normaliseText(v));
const slot = (v: Plan["number"]) => (v === undefined ? "—" : isNotStated(v) ? "(blank)" : normaliseText(v));

/** Each header field of a plan as one comparable string (NFC, white space collapsed). */
function headerValues(plan: Plan): Record<(typeof HEADER_FIELDS)[number], string> {
  const s = plan.signatory;
  return {
    title: text(plan.title),
    "unit.name": text(plan.unit?.name),
    "unit.level": plan.unit?.level ?? "",
    period: plan.period ? `${plan.period.start}–${plan.period.end}` : "—",
    number: `${slot(plan.number)} / ${text(plan.symbol)}`,
    issueDate: showDate(plan.issueDate),
    signatory: s ? `${isNotStated(s.name) ? "(blank)" : normaliseText(s.name)}, ${text(s.title)}` : "—",
    "signatory.form": s ? `${s.form}${s.signsFor ? ` ${text(s.signsFor)}` : ""}` : "—",
    recipients: plan.recipients
      .map((r) => normaliseText(r.name))
      .sort()
      .join(" | "),
  };
}

/**
 * Compares the header fields of an extracted plan with the answer key, each
 * field exactly after normalisation (NFC, white space collapsed): title, unit
 * name and level, period, number with its symbol, issue date (year, month,
 * day; `raw` ignored), signatory name and title, signature form (direct, KT,
 * TM, with whom it signs for) and the recipients' names as a set.
 *
 * @param expected - the answer key
 * @param got - the extracted plan
 * @returns a right field as a true positive, a wrong one as a false negative, and one miss per wrong field
 * @example
 * scoreHeader(plan003, plan003).tally // { tp: 9, fp: 0, fn: 0 }
 */
export function scoreHeader(expected: Plan, got: Plan): { tally: Tally; misses: Miss[] } {
  const want = headerValues(expected);
  const have = headerValues(got);
  const tally: Tally = { tp: 0, fp: 0, fn: 0 };
  const misses: Miss[] = [];
  for (const field of HEADER_FIELDS) {
    if (want[field] === have[field]) tally.tp += 1;
    else {
      tally.fn += 1;
      misses.push({
        measure: "header",
        where: field,
        expected: showValue(want[field]),
        got: showValue(have[field]),
      });
    }
  }
  return { tally, misses };
}
