import { foldText } from "../_lib/fold";
import { reportingCadences } from "../codelists/reportingCadences";
import type { ReportingCadence } from "../model/Reporting";
import { prepareText } from "./_lib/prepareText";
import { escapeRegExp, WORD_END, WORD_START } from "./_lib/regexParts";
import { fail, guard, succeed } from "./_lib/result";
import type { ParseResult } from "./ParseResult";

interface Phrasing {
  readonly code: ReportingCadence;
  readonly folded: string;
  /** A single word ("quý", "năm") counts only in a list of cadences or after "báo cáo". */
  readonly weak: boolean;
}

const PHRASINGS: readonly Phrasing[] = reportingCadences.entries
  .flatMap((entry) =>
    entry.phrasings.map((phrasing) => {
      const folded = foldText(phrasing);
      return { code: entry.code, folded, weak: !folded.includes(" ") };
    }),
  )
  .sort((a, b) => b.folded.length - a.folded.length);

const ANY = new RegExp(
  `${WORD_START}(?:${PHRASINGS.map((p) => escapeRegExp(p.folded)).join("|")})${WORD_END}`,
  "gu",
);
const LIST_BEFORE = /(?:,|;|\/| va| hoac) ?$/;
const REPORT_BEFORE = /bao cao ?$/;
// "quý I", "năm 2024": a quarter or a year, not a cadence.
const NAMED_PERIOD_AFTER = /^ ?(?:[/-] ?)?(?:\d|[ivx]+(?![\p{L}\p{N}]))/u;

const EXPECTED = reportingCadences.entries.map((entry) => entry.phrasings[0] ?? entry.code);

/**
 * Reads how often results are reported (chế độ báo cáo) from a Vietnamese
 * passage: every cadence named, in order of appearance, without duplicates.
 *
 * Phrasings come from the `reportingCadences` codelist: "hàng tháng",
 * "hàng quý", "6 tháng", "một năm", "lồng ghép vào báo cáo …" (integrated),
 * "theo yêu cầu" (on request), "theo quy định" (as-regulated). A bare "quý" or "năm" counts only inside a
 * list of cadences ("6 tháng và năm") or right after "báo cáo". "Định kỳ"
 * (periodic) is returned only when nothing more precise is said, so
 * "định kỳ tổng hợp, báo cáo UBND xã (lồng ghép vào báo cáo công tác CCHC
 * định kỳ)" is integrated alone. "Theo quy định" (as-regulated) likewise
 * stands only when nothing more precise is said, and then in place of
 * "định kỳ": "Định kỳ báo cáo theo quy định" is as-regulated, while
 * "(lồng ghép vào báo cáo công tác CCHC định kỳ theo quy định)" stays
 * integrated (000:151).
 *
 * @param text - the passage on reporting, in NFC or NFD, possibly over several lines
 * @returns the cadences (never empty), or a failure: `reporting-cadence.empty`
 *   or `reporting-cadence.none-found`
 * @example
 * parseReportingCadence("Định kỳ hàng quý, 6 tháng, một năm báo cáo tình hình")
 * // { ok: true, value: ["quarterly", "half-yearly", "yearly"] }
 * parseReportingCadence("định kỳ tổng hợp, báo cáo UBND huyện")
 * // { ok: true, value: ["periodic"] }
 * parseReportingCadence("Báo cáo kết quả thực hiện theo quy định")
 * // { ok: true, value: ["as-regulated"] }
 */
export function parseReportingCadence(text: string): ParseResult<ReportingCadence[]> {
  return guard(
    text,
    { empty: "reporting-cadence.empty", internal: "reporting-cadence.internal-error" },
    (input) => {
      const { text: folded } = prepareText(input);
      if (folded.length === 0) return fail("reporting-cadence.empty", input, 0, EXPECTED);
      const found: ReportingCadence[] = [];
      let lastEnd = -1;
      ANY.lastIndex = 0;
      for (let m = ANY.exec(folded); m; m = ANY.exec(folded)) {
        const phrasing = PHRASINGS.find((p) => p.folded === m?.[0]);
        if (!phrasing) continue;
        const end = m.index + m[0].length;
        if (phrasing.weak) {
          const before = folded.slice(Math.max(0, lastEnd), m.index);
          const inList = lastEnd >= 0 && LIST_BEFORE.test(before) && before.length <= 6;
          const afterReport = REPORT_BEFORE.test(folded.slice(Math.max(0, m.index - 8), m.index));
          if ((!inList && !afterReport) || NAMED_PERIOD_AFTER.test(folded.slice(end, end + 6))) continue;
        }
        found.push(phrasing.code);
        lastEnd = end;
      }
      // "theo quy định" qualifies a cadence named beside it (000:151 "… định kỳ theo quy định"):
      // it stands as a cadence of its own only when nothing more precise is said.
      const precise = found.filter((code) => code !== "periodic" && code !== "as-regulated");
      const fallback = found.includes("as-regulated") ? (["as-regulated"] as ReportingCadence[]) : found;
      const cadences = [...new Set(precise.length > 0 ? precise : fallback)];
      if (cadences.length === 0) return fail("reporting-cadence.none-found", input, 0, EXPECTED);
      return succeed(cadences);
    },
  );
}
