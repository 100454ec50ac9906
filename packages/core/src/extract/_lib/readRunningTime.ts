import { fold } from "../../_lib/fold";
import type { Timeframe } from "../../model/Timeframe";
import { parseTimeframe } from "../../parse/parseTimeframe";

/**
 * Time phrases that a task's running text carries, on folded text, most specific first: a deadline
 * ("chậm nhất ngày 20/04/2024", "trước tháng 11 năm 2024"), a yearly occasion with its date ("nhân ngày
 * Chuyển đổi số quốc gia 10-10"), "thường xuyên" (continuously), "trong năm" (within the plan's year).
 */
const PHRASES: readonly RegExp[] = [
  /\b(?:cham nhat|truoc|han chot)(?: la)?(?: ngay \d{1,2} ?[/.-] ?\d{1,2} ?[/.-] ?\d{4}| ngay \d{1,2} thang \d{1,2} nam \d{4}| (?:trong )?thang \d{1,2}(?: ?[/.-] ?| nam )\d{4})\b/g,
  /\bnhan (?:dip )?(?:ngay|le|ky niem) [a-z ]{3,60}?\d{1,2} ?[/.-] ?\d{1,2}\b/g,
  // Monitoring done "thường xuyên" (kiểm tra, giám sát, theo dõi, đôn đốc) is oversight, not the task's own time.
  /\b(?:dinh ky va )?thuong xuyen\b(?! ?,? (?:kiem tra|giam sat|theo doi|don doc))/g,
  /\btrong nam(?: \d{4})?\b/g,
];

/**
 * A count of outputs or files right before "trong năm" ("12 tin/bài trong năm", "nhiều hồ sơ trong năm")
 * makes it the period of a count, not the task's time.
 */
const QUOTA_BEFORE = /(?:\d+|tin|bai|lan|ky|san pham|ho so)\s*$/;

/**
 * The timeframe a task's running text states, for tasks that have no time column or "Thời gian thực
 * hiện:" line (the assignments under "Tổ chức thực hiện"): the first deadline, else the first yearly
 * occasion, else "thường xuyên", else "trong năm", each read with `parseTimeframe`.
 *
 * @param text - the task's text
 * @param year - the plan's year, for "trong năm"
 * @returns the timeframe, or `undefined` when the text states none
 * @example
 * readRunningTime("… Thời gian hoàn thành xây dựng kế hoạch: Chậm nhất ngày 20/04/2024", 2024);
 * // { kind: "deadline", by: { year: 2024, month: 4, day: 20, raw: "20/04/2024" }, exclusive: false, raw: "Chậm nhất ngày 20/04/2024" }
 */
export function readRunningTime(text: string, year: number): Timeframe | undefined {
  const folded = fold(text);
  for (const phrase of PHRASES) {
    phrase.lastIndex = 0;
    for (let m = phrase.exec(folded.text); m; m = phrase.exec(folded.text)) {
      if (phrase === PHRASES[3] && QUOTA_BEFORE.test(folded.text.slice(Math.max(0, m.index - 20), m.index)))
        continue;
      const start = folded.offsets[m.index] ?? 0;
      const end = folded.offsets[m.index + m[0].length] ?? text.length;
      const parsed = parseTimeframe(text.slice(start, end).trim(), { year });
      if (parsed.ok) return parsed.value;
    }
  }
  return undefined;
}
