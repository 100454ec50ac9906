import { foldText } from "../../_lib/fold";
import { mostSpecificCodes } from "../../classify/_lib/mostSpecificCodes";
import { type CodelistMatch, matchCodelist } from "../../classify/matchCodelist";
import { themes } from "../../codelists/themes";

/**
 * A clause that tells people something ("tuyên truyền … tới") or posts it ("công khai … tại") and then
 * lists places, with no "về"/"để"/"nhằm" after the place word that would start a subject.
 */
const VENUE =
  /(?:(?:tuyen truyen|thong tin)\b.*\btoi|(?:cong khai|niem yet|cong bo)\b.*\b(?:tai|tren))\b(?:(?!\b(?:ve|de|nham)\b).)*$/;

/**
 * Mentions of a theme's words that do not make the theme a subject of the
 * passage, as data: a match of `code` (on a phrasing that `phrasing` accepts)
 * is incidental when the folded words before it in its clause (after the
 * last ";", "." or ":") end with, or contain, `before`.
 */
const INCIDENTAL: readonly { code: string; phrasing?: RegExp; before: RegExp; why: string }[] = [
  {
    code: "procedures",
    phrasing: /^(?:thu tuc hanh chinh|tthc)$/,
    before:
      /(?:giai quyet|nop|niem yet|cong khai|cong bo|cap nhat|tiep nhan|tra cuu)(?:[ ,]+(?:va|cac|nhung|minh bach|day du|kip thoi|ho so|tra ket qua|cong bo|cong khai))* ?$/,
    why: "procedures as the object of doing them (giải quyết, làm, niêm yết TTHC), not their reform",
  },
  ...["one-stop-shop", "online-services"].map((code) => ({
    code,
    phrasing: /^(?:mot cua|bo phan tiep nhan va tra ket qua|cong dich vu cong)$/,
    before: VENUE,
    why: "the one-stop office or the portal as the place where something is told or posted, not its subject",
  })),
  {
    code: "results",
    before: /(?:^|\s)(?:bao cao|tong hop|can cu)(?:\s|$)/,
    why: "results that are reported, compiled or built upon: reporting, not a message",
  },
  {
    code: "steering",
    phrasing: /^ke hoach/,
    before: /(?:^|\s)(?:trong|tai|vao|ban hanh|thuc hien(?: chi tiet)?|theo)\s*$/,
    why: "a reform plan named as the place or source of something, not steering as a message",
  },
];

function clauseBefore(text: string, at: number): string {
  const head = text.slice(Math.max(0, at - 200), at);
  const cut = Math.max(
    head.lastIndexOf(";"),
    head.lastIndexOf(". "),
    head.lastIndexOf(":"),
    head.lastIndexOf("\n"),
  );
  return foldText(head.slice(cut + 1))
    .replace(/[()"“”]/g, " ")
    .replace(/\s+/g, " ")
    .trimStart();
}

function incidental(match: CodelistMatch, text: string): boolean {
  for (const rule of INCIDENTAL) {
    if (rule.code !== match.code) continue;
    if (rule.phrasing && !rule.phrasing.test(foldText(match.phrasing))) continue;
    if (rule.before.test(clauseBefore(text, match.start))) return true;
  }
  return false;
}

/**
 * The themes a passage speaks of: the `themes` codelist matched as
 * `matchThemes` does, less mentions that are not its subject — procedures
 * that are only being done ("giải quyết thủ tục hành chính tại bộ phận một
 * cửa"), results that are reported ("báo cáo tình hình, kết quả thực hiện"),
 * a reform plan named as a place ("lồng ghép tại Kế hoạch CCHC năm 2024").
 *
 * @param text - an item's or activity's text
 * @returns distinct theme codes, most specific first
 * @example
 * readThemes("hướng dẫn công dân nộp hồ sơ và giải quyết các thủ tục hành chính tại bộ phận một cửa");
 * // ["one-stop-shop"]
 */
export function readThemes(text: string): string[] {
  const matches = matchCodelist(text, themes).filter((m) => !incidental(m, text));
  return mostSpecificCodes(matches, themes.entries);
}
