import { foldText } from "../../_lib/fold";
import type { IssuerBody } from "../../model/Issuer";
import type { LegalReference } from "../../model/LegalReference";
import type { PlanMention } from "../../model/PlanMention";
import { parseLegalReferences } from "../../parse/parseLegalReferences";
import { parseUnitName } from "../../parse/parseUnitName";
import { parseVietnameseDate } from "../../parse/parseVietnameseDate";
import { periodIn } from "./readPeriod";

/** The kind of body an issuer's name says, from its first words. */
function bodyOf(issuer: string): IssuerBody | undefined {
  const f = foldText(issuer);
  if (/^chu tich\b/.test(f)) return "chair";
  if (/^(?:uy ban nhan dan|ubnd)\b/.test(f)) return "people-committee";
  if (/^bo\b/.test(f)) return "ministry";
  if (/^so\b/.test(f)) return "department";
  if (/^phong\b/.test(f)) return "office";
  if (/^(?:dang uy|tinh uy|thanh uy|huyen uy|quan uy|thi uy|ban thuong vu)\b/.test(f)) return "party";
  if (/^(?:uy ban mat tran|ubmttq|mttq|mat tran)\b/.test(f)) return "front";
  return undefined;
}

/** The tier of a named issuer: its unit's ("UBND huyện Tân Phú": district), central for a ministry. */
function levelOf(issuer: string, body: IssuerBody | undefined, year: number): PlanMention["level"] {
  if (body === "ministry") return "central";
  const unit = /(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\s+\p{Lu}.*$/u.exec(
    issuer,
  )?.[0];
  if (!unit) return undefined;
  const parsed = parseUnitName(unit, { year });
  return parsed.ok ? parsed.value.level : undefined;
}

/**
 * The plans a text names without being them (a news item's "UBND huyện X ban
 * hành Kế hoạch số 45/KH-UBND ngày 10/02/2025 về tuyên truyền CCHC năm
 * 2025"): every plan cited by number (or by the number of the decision that
 * issues it), with its date, issuer and its tier,
 * the years its title names, and its title; a plan named without a number
 * only when none is cited by number.
 *
 * @param blocks - the text's passages after its header, with their lines
 * @param year - a year to read unit names by (the text's own, or its most frequent)
 * @returns the mentions, first-seen order, each plan once
 * @example
 * readMentions([{ text: "UBND huyện Tân Phú ban hành Kế hoạch số 45/KH-UBND ngày 10/02/2025 về tuyên truyền CCHC năm 2025.", lines: { start: 3, end: 3 } }], 2025)[0]?.number; // "45"
 */
export function readMentions(
  blocks: readonly { readonly text: string; readonly lines: { start: number; end: number } }[],
  year: number,
): PlanMention[] {
  const numbered: PlanMention[] = [];
  const named: PlanMention[] = [];
  const seen = new Set<string>();
  const numbers = new Set<string>();
  for (const raw of blocks) {
    // News writes "KH số 12/KH-UBND", "QĐ số …": the citation's abbreviated type words.
    const block = {
      ...raw,
      text: raw.text
        .replace(/\bKH(\s+số)(?=\s)/gu, "Kế hoạch$1")
        .replace(/(?<![\p{L}])QĐ(\s+số)(?=\s)/gu, "Quyết định$1"),
    };
    if (!/kế hoạch/iu.test(block.text)) continue;
    const parsed = parseLegalReferences(block.text, { role: "cited", unnumbered: true });
    if (!parsed.ok) continue;
    for (const reference of parsed.value) {
      // A plan is named by its own number, or by the decision that issues it ("Quyết định số 049/QĐ-BNV
      // ban hành Kế hoạch …").
      const at = reference.raw ? block.text.indexOf(reference.raw) : -1;
      const before = at > 0 ? block.text.slice(Math.max(0, at - 60), at) : "";
      const issuesPlan =
        reference.type === "quyet-dinh" &&
        (/^(?:về việc\s+)?(?:ban hành|phê duyệt)\b.{0,30}\bkế hoạch\b/iu.test(reference.title ?? "") ||
          // "Kế hoạch ban hành kèm theo Quyết định số 1876/QĐ-UBND": the plan is known by its decision.
          /kế hoạch\b[^.;]{0,40}\bkèm theo\s*$/iu.test(before));
      if (reference.type !== "ke-hoach" && !issuesPlan) continue;
      const mention = mentionOf(reference, block, year);
      const key = mention.symbol ? `${mention.number ?? ""}/${mention.symbol}` : foldText(mention.raw);
      // "Kế hoạch số 22" after "Kế hoạch số 22/KH-UBND … (sau đây gọi là Kế hoạch số 22)": the same plan.
      const shortName = mention.number !== undefined && !mention.symbol && numbers.has(mention.number);
      if (seen.has(key) || shortName) continue;
      seen.add(key);
      if (mention.number) numbers.add(mention.number);
      (mention.number ? numbered : named).push(mention);
    }
  }
  return numbered.length > 0 ? numbered : named;
}

/** The body that issued what follows: "UBND tỉnh Bắc Kạn đã ban hành", "Chủ tịch UBND huyện X ký". */
const ISSUED_BY =
  /((?:Chủ tịch\s+)?(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Sở\s[^,.;]{2,40}?|Bộ\s[^,.;]{2,40}?|Phòng\s[^,.;]{2,40}?)(?:\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)(?:\s+\p{Lu}[\p{Ll}\p{M}]*){1,4})?)\s+(?:đã\s+|vừa\s+|mới\s+)?(?:ban hành|ký|xây dựng|phê duyệt)\b[^.;]{0,40}$/u;

/** A sentence that opens on its date, with the year: "Ngày 12/3/2025, …", "Ngày 12 tháng 3 năm 2025, …". */
const SENTENCE_DATE =
  /(?:^|[.;!?]\s+)Ngày\s+(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})\s*,[^.;!?]*$/u;

function mentionOf(
  reference: LegalReference,
  block: { readonly text: string; readonly lines: { start: number; end: number } },
  year: number,
): PlanMention {
  const { lines } = block;
  // "của UBND huyện X" after the number names the issuer; else the subject of the sentence before it.
  const at = reference.raw ? block.text.indexOf(reference.raw) : -1;
  const issuer =
    reference.issuer ??
    (at > 0 ? ISSUED_BY.exec(block.text.slice(Math.max(0, at - 160), at))?.[1] : undefined);
  // "Ngày 12/3/2025, UBND huyện X ban hành Kế hoạch số 45/KH-UBND …": a news item dates the issue first.
  const before = at > 0 ? block.text.slice(Math.max(0, at - 200), at) : "";
  const dated = reference.date ? undefined : SENTENCE_DATE.exec(before)?.[1];
  const parsedDate = dated ? parseVietnameseDate(dated) : undefined;
  const issueDate =
    reference.date ??
    (parsedDate?.ok && parsedDate.value.kind === "date" ? parsedDate.value.date : undefined);
  const body = issuer ? bodyOf(issuer) : undefined;
  const level = issuer ? levelOf(issuer, body, year) : undefined;
  const title = reference.title
    ?.replace(/^(?:về việc|về)\s+/iu, "")
    .replace(/^(?:ban hành|phê duyệt)\s+/iu, "");
  const period = periodIn(reference.title ?? reference.raw);
  // As a plan's own symbol: what follows the number ("45/KH-UBND" → "KH-UBND", "25-KH/HU" → "KH/HU").
  const symbol = reference.symbol?.replace(/^\d+[a-z]?[-/]/iu, "").replace(/^\//, "");
  return {
    ...(reference.number ? { number: reference.number } : {}),
    ...(symbol ? { symbol } : {}),
    ...(issueDate ? { issueDate } : {}),
    ...(issuer ? { issuer } : {}),
    ...(body ? { issuerBody: body } : {}),
    ...(level ? { level } : {}),
    ...(period ? { period } : {}),
    ...(title ? { title } : {}),
    raw: reference.raw ?? reference.title ?? "Kế hoạch",
    lines,
  };
}
