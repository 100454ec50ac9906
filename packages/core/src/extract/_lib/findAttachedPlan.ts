import { foldText } from "../../_lib/fold";
import type { SourceLine } from "./prepareLines";

/** "KẾ HOẠCH" (or "Kế hoạch") alone, or in capitals with its title: the type line of a plan. */
function isPlanTypeLine(line: SourceLine): boolean {
  const text = line.text.replace(/\t/g, " ").trim();
  if (text.length > 160 || /:\s*$/.test(text)) return false;
  const folded = line.foldedHead;
  if (folded === "ke hoach") return true;
  return (
    /^ke hoach\b/.test(folded) && !/^ke hoach so\b/.test(folded) && text === text.toLocaleUpperCase("vi")
  );
}

/** Lines that may sit above an attached plan's type line: its number, place and date, motto, organisation. */
const HEADER_ABOVE =
  /^(?:so\b|thang\b|nam \d{4}|cong hoa|tinh\b|huyen\b|quan\b|thi xa\b|xa\b|phuong\b|thi tran\b|thanh pho\b|doc lap|dang cong san|[-_=*.]{3,}$|uy ban nhan dan|ubnd|[^,]{1,60}, ngay\b|ngay\b)/;
const SIGNATURE = /^(?:tm\.?|kt\.?|tl\.?|q\.|chu tich|pho chu tich|noi nhan|[-+•])/;

/**
 * Where the plan a decision issues begins: its type line ("KẾ HOẠCH") after
 * the decision's articles, moved up over the number, date, motto and
 * organisation lines the attached plan may carry above it (never over the
 * decision's signature or recipients).
 *
 * @param lines - prepared lines
 * @param from - index of the decision's body
 * @returns the index to read the attached plan's header from, or undefined when the decision carries no plan text
 * @example
 * findAttachedPlan(prepareLines("QUYẾT ĐỊNH\nĐiều 1. Ban hành …\n\nKẾ HOẠCH\nTuyên truyền …"), 1); // 3
 */
export function findAttachedPlan(lines: readonly SourceLine[], from: number): number | undefined {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    if (line.blank || line.furniture || !isPlanTypeLine(line)) continue;
    let start = i;
    for (let j = i - 1, seen = 0; j > from && seen < 10; j--) {
      const above = lines[j] as SourceLine;
      if (above.blank || above.furniture) continue;
      seen++;
      const folded = foldText(above.text.replace(/\|/g, " "));
      if (SIGNATURE.test(folded) || !HEADER_ABOVE.test(folded)) break;
      start = j;
    }
    return start;
  }
  return undefined;
}
