import type { Frequency, Quota } from "../model/Frequency";
import { matchFrequency } from "./_lib/matchFrequency";
import { prepareText } from "./_lib/prepareText";
import { fail, guard, succeed } from "./_lib/result";
import type { ParseResult } from "./ParseResult";
import { parseTimeframe } from "./parseTimeframe";

const EXPECTED = [
  "Mỗi tuần/1 lần",
  "Mỗi tháng 01 kỳ",
  "01 lần/1 tháng",
  "2 tuần/1 lần",
  "hàng tuần",
  "Hàng quý … ít nhất 01 tin/bài",
  "tối thiểu 12 tin/bài trong năm",
];

/**
 * Reads how often something recurs (tần suất) or a promised number of
 * outputs (chỉ tiêu) from a Vietnamese phrase.
 *
 * A comparator ("ít nhất", "tối thiểu", "tối đa") makes a quota, its period
 * taken from right after the output ("12 tin/bài trong năm") or, failing
 * that, from the nearest "hàng/mỗi …" in the sentence ("Hàng quý, các Sở …
 * có ít nhất 01 tin/bài"). Otherwise the first frequency phrase is read:
 * "Mỗi tuần/1 lần", "Mỗi tháng 01 kỳ", "01 lần/1 tháng", "2 lần/tuần",
 * "2 tuần/1 lần" (interval 2), "hàng tuần", "hằng tháng". The output is set
 * when the phrase names one (lần → occurrence, kỳ → issue, tin/bài →
 * article). "6 tháng" counts as a half-year and "3 tháng" as a quarter.
 *
 * @param text - the phrase or the sentence holding it, in NFC or NFD
 * @returns the frequency or quota with `raw` set to the phrase as written, or
 *   a failure: `frequency.empty`, `frequency.unrecognised`,
 *   `frequency.no-count`, `frequency.no-period`, `frequency.invalid-count`
 *   (a frequency's count below 1, any count above 999: "0 lần/tuần",
 *   "1000000 lần mỗi ngày"), `frequency.invalid-interval` (an interval
 *   below 1 or above 99: "0 tuần 1 lần"), or `frequency.is-a-timeframe` when the text says when rather than how
 *   often ("Thường xuyên")
 * @example
 * parseFrequency("Mỗi tháng 01 kỳ")
 * // { ok: true, value: { kind: "frequency", count: 1, per: "month", interval: 1, output: "issue", raw: "Mỗi tháng 01 kỳ" } }
 * parseFrequency("tối thiểu 12 tin/bài trong năm")
 * // { ok: true, value: { kind: "quota", comparator: "atLeast", count: 12, output: "article", per: "year", raw: "tối thiểu 12 tin/bài trong năm" } }
 */
export function parseFrequency(text: string): ParseResult<Frequency | Quota> {
  return guard(text, { empty: "frequency.empty", internal: "frequency.internal-error" }, (input) => {
    const prepared = prepareText(input);
    if (prepared.text.length === 0) return fail("frequency.empty", input, 0, EXPECTED);
    const at = (index: number) => prepared.offsets[index] ?? 0;
    const match = matchFrequency(prepared);
    if (match?.ok) return succeed(match.value);
    if (match) {
      const expected =
        match.problem === "no-count"
          ? ["a count such as 01"]
          : match.problem === "no-period"
            ? ["a period such as /1 tháng, mỗi quý, trong năm"]
            : match.problem === "invalid-interval"
              ? ["an interval from 1 to 99, such as 2 tuần/1 lần"]
              : ["a count from 1 to 999"];
      return fail(`frequency.${match.problem}`, input, at(match.at), expected);
    }
    if (parseTimeframe(input).ok) return fail("frequency.is-a-timeframe", input, 0, EXPECTED);
    return fail("frequency.unrecognised", input, 0, EXPECTED);
  });
}
