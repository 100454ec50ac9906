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

/** "(Ban hành kèm theo Quyết định số …)": the line under an attached plan's title. */
const ATTACHED_TO = /^\(?\s*(?:được\s+)?(?:ban hành\s+)?kèm theo\s+(?:Quyết định|QĐ)\b/iu;

/** Where a decision's attached plan starts: at its header, or (with no type line) at its title in capitals. */
export interface AttachedPlan {
  /** Index of the first line of the plan's header or title. */
  readonly start: number;
  /** For a plan with no type line: the lines of its title in capitals, and the index its body starts at. */
  readonly untyped?: {
    readonly title: { text: string; lines: { start: number; end: number } };
    readonly bodyStart: number;
  };
}

/**
 * Where the plan a decision issues begins: its type line ("KẾ HOẠCH") after
 * the decision's articles, moved up over the number, date, motto and
 * organisation lines the attached plan may carry above it (never over the
 * decision's signature or recipients); or, when the plan has no type line,
 * its title in capitals above its line "(Ban hành kèm theo Quyết định số …)".
 *
 * @param lines - prepared lines
 * @param from - index of the decision's body
 * @param options - `untyped`: also look for a plan with no type line (only for a decision that issues a plan:
 *   a list attached to another decision has the same "(Ban hành kèm theo …)" line)
 * @returns where the attached plan starts, or undefined when the decision carries no plan text
 * @example
 * findAttachedPlan(prepareLines("QUYẾT ĐỊNH\nĐiều 1. Ban hành …\n\nKẾ HOẠCH\nTuyên truyền …"), 1); // { start: 3 }
 */
export function findAttachedPlan(
  lines: readonly SourceLine[],
  from: number,
  options: { readonly untyped?: boolean } = {},
): AttachedPlan | undefined {
  const typed = typedPlan(lines, from);
  const untyped = options.untyped ? untypedPlan(lines, from) : undefined;
  // A plan without a type line, title and "(Ban hành kèm theo …)" line both above a typed line: that line is
  // a later page's running header ("KẾ HOẠCH Thông tin, …"), not the plan's start.
  if (typed && untyped) return (untyped.untyped?.bodyStart ?? Infinity) < typed.start ? untyped : typed;
  return typed ?? untyped;
}

function typedPlan(lines: readonly SourceLine[], from: number): AttachedPlan | undefined {
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
    return { start };
  }
  return undefined;
}

function untypedPlan(lines: readonly SourceLine[], from: number): AttachedPlan | undefined {
  for (let i = from + 1; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    if (line.blank || line.furniture || !ATTACHED_TO.test(line.text.trim())) continue;
    const title: SourceLine[] = [];
    for (let j = i - 1; j > from && title.length < 4; j--) {
      const above = lines[j] as SourceLine;
      if (above.blank || above.furniture) {
        if (title.length > 0) break;
        continue;
      }
      const text = above.text.trim();
      if (text !== text.toLocaleUpperCase("vi") || SIGNATURE.test(above.foldedHead) || text.length > 200)
        break;
      title.unshift(above);
    }
    const first = title[0];
    const last = title[title.length - 1];
    if (!first || !last) continue;
    return {
      start: lines.indexOf(first),
      untyped: {
        title: { text: title.map((l) => l.text.trim()).join(" "), lines: { start: first.n, end: last.n } },
        bodyStart: i,
      },
    };
  }
  return undefined;
}
