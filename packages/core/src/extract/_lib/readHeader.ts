import { foldText } from "../../_lib/fold";
import type { LineRange } from "../../model/LineRange";
import type { NotStated } from "../../model/NotStated";
import type { PartialDate } from "../../model/PartialDate";
import { canonicalCode } from "../../parse/_lib/canonicalCode";
import { parseVietnameseDate } from "../../parse/parseVietnameseDate";
import { cleanLine, type SourceLine } from "./prepareLines";

/** The document type a header's type line names (tên loại văn bản), or a letter's "V/v" (cong-van). */
export type HeaderType =
  | "ke-hoach"
  | "quyet-dinh"
  | "bao-cao"
  | "thong-bao"
  | "to-trinh"
  | "huong-dan"
  | "chuong-trinh"
  | "cong-van"
  | "nghi-quyet"
  | "chi-thi"
  | "de-an"
  | "ket-luan"
  | "quy-dinh";

/** What the top of a document says: organisation, number and symbol, place and date, type and summary. */
export interface HeaderFields {
  documentType: "plan" | "decision";
  /** The type line's document type; absent when the text has none (a news item, a header lost). */
  type?: HeaderType;
  draft: boolean;
  title?: { text: string; lines: LineRange };
  number?: { value: string | NotStated; symbol?: string; lines: LineRange };
  issueDate?: { date: PartialDate; lines: LineRange };
  place?: { text: string; lines: LineRange };
  /** The People's Committee named at the top ("ỦY BAN NHÂN DÂN XÃ SƠN MẦU"), when the text keeps it. */
  issuerLine?: { text: string; lines: LineRange };
  /**
   * Every line of the organisation block at the top (tên cơ quan), in order: the superior body, then
   * the issuing one ("ỦY BAN NHÂN DÂN", "TỈNH TÂY NINH"; "UBND TỈNH X", "SỞ NỘI VỤ"; "BỘ NỘI VỤ").
   */
  organisationLines: { text: string; lines: LineRange }[];
  /** A decision's authority line under its summary ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X", "BỘ TRƯỞNG BỘ NỘI VỤ"). */
  authority?: { text: string; lines: LineRange };
  /** Index (0-based) in the lines of the first line after the header. */
  bodyStart: number;
  /** The lines the header was read from (first to last), when it has any. */
  lines?: LineRange;
}

const TYPES: readonly (readonly [string, HeaderType])[] = [
  ["ke hoach", "ke-hoach"],
  ["quyet dinh", "quyet-dinh"],
  ["bao cao", "bao-cao"],
  ["thong bao", "thong-bao"],
  ["to trinh", "to-trinh"],
  ["huong dan", "huong-dan"],
  ["chuong trinh", "chuong-trinh"],
  ["cong van", "cong-van"],
  ["nghi quyet", "nghi-quyet"],
  ["chi thi", "chi-thi"],
  ["de an", "de-an"],
  ["ket luan", "ket-luan"],
  ["quy dinh", "quy-dinh"],
];
const TYPE_LINE = new RegExp(`^(${TYPES.map(([w]) => w).join("|")})\\b\\s*(.*)$`);

/** "Số: 15/KH-UBND", "Số:   /KH-UBND", "Số 07/KH-UBND", "số: 31/kh-ubnd", Party style "Số 25-KH/HU". */
const NUMBER =
  /^Số\s*[:.]?\s*(\d{0,5}[a-zA-Z]?)\s*([/-])\s*((?:\d{4}\/)?[\p{L}&]+(?:[ \t]*[-–/][ \t]*[\p{L}\d&.]+)*)\s*\.?\s*(.*)$/iu;
/** A letter's summary under its number: "V/v triển khai Kế hoạch …". */
const LETTER_SUMMARY = /^V\s*\/\s*v\s*[:.]?\s*(.+)$/iu;
/** A place and date: "TP. Bắc Giang, ngày 05 tháng 02 năm 2024", "Hà Nội, ngày 22/01/2024", or "ngày …" alone. */
const PLACE_DATE = /^(?:([^,\d][^,]{0,58}?)\s*,\s*)?(ngày\b.*)$/iu;
const PLACE_DATE_NO_COMMA = /^(\p{Lu}[^,\d]{0,58}?)\s+(ngày\b.*)$/u;
/** A date line cut by the column's width ("Hà Nội, ngày 22 /", then "tháng 01 năm 2024"; "… năm", then "2019"). */
const DATE_UNFINISHED = /ngày(?:\s*\d{0,2}\s*\/?)?(?:\s*tháng\s*\d{0,2}\s*\/?)?(?:\s*năm)?\s*$/iu;
const DATE_CONTINUES = /^(?:tháng|năm)\b|^\d{1,4}(?:\s*năm\b|\s*$)/iu;
/** A header's date and nothing after it but a full stop: "ngày 05 tháng 3 năm 2024", "ngày 22/01/2024". */
const DATE_ALONE = /^ngày[\s\d./…_-]*(?:tháng[\s\d./…_-]*)?(?:năm[\s\d./…_-]*)?$/iu;
/**
 * Lines of the national motto and slogan, the Party's motto, and rules under them; also their halves when a
 * narrow column or a wrap cut them ("CỘNG HÒA XÃ HỘI CHỦ" / "NGHĨA VIỆT NAM", "Độc lập - Tự do" / "- Hạnh phúc"),
 * so "XÃ HỘI CHỦ" is never read as a commune.
 */
const MOTTO =
  /^(?:cong hoa xa hoi\b|(?:chu )?nghia viet nam$|doc lap\s*[-–—]?\s*tu do|[-–—]?\s*(?:hanh )?phuc$|dang cong san viet nam|[-_=*.~–—]{3,}$)/;
/** Where a motto starts inside a fragment that a flattened line joined to the organisation's name. */
const MOTTO_INSIDE =
  /\s+(?=CỘNG HÒA XÃ HỘI|CỘNG HOÀ XÃ HỘI|Độc lập\s*[-–—]\s*Tự do|ĐẢNG CỘNG SẢN VIỆT NAM|Số\s*:?\s*\d{0,5}\s*[/-]\s*\p{Lu})|(?<=Hạnh phúc)\s+/u;
/** The first words of an organisation's name (tên cơ quan, tổ chức ban hành văn bản). */
const ORGANISATION =
  /^(?:uy ban nhan dan|uy ban mat tran|uy ban mttq|ubnd|ubmttq|mttq|mat tran to quoc|hoi dong nhan dan|hdnd|chu tich|bo\b|so\b|phong\b|ban\b|van phong|cuc\b|tong cuc|chi cuc|trung tam|dang bo|dang uy|tinh uy|thanh uy|huyen uy|quan uy|thi uy|ban thuong vu|ban chap hanh|doan\b|hoi\b|lien doan|lien hiep)/;
/** A unit's name on the organisation's second line ("TỈNH TUYÊN QUANG", "XÃ SƠN MẦU"). */
const UNIT_LINE = /^(?:tinh|thanh pho|tp\.?|huyen|quan|thi xa|xa|phuong|thi tran|dac khu)\b/;
/** A decision's authority line: the body or office that decides ("CHỦ TỊCH ỦY BAN NHÂN DÂN …", "BỘ TRƯỞNG BỘ …"). */
const AUTHORITY =
  /^(?:chu tich|giam doc|bo truong|truong phong|truong ban|uy ban nhan dan|ubnd|ban thuong vu|ban thuong truc|thuong truc)\b/;
/** Lines that open a document's body: its preamble, a decision's authority, a numbered part. */
const BODY_OPENER =
  /^(?:can cu|thuc hien|theo\b|trien khai|xet\b|kinh gui|dieu \d|phan\s+[ivx\d]+|[ivx]{1,5}\s*[.)]\s|\d{1,2}\s*[.)]\s|nham\b|de\b)/;
const ATTACHED =
  /^\(?\s*(?:(?:duoc )?ban hanh )?kem theo (?:quyet dinh|ke hoach|cong van|van ban)|^\([^)]{0,40}\b(?:quyet dinh|ke hoach) so\b/;
const DRAFT = /^du thao\b/;
/** What ends a letter's summary in its column: the place and date line, a date alone, "Kính gửi". */
const LETTER_ENDS = /^[^,]{1,60}, ngay\b|^ngay [\d ./]*(?:thang [\d ]*)?(?:nam )?\d{4}$|^kinh gui/;

/** One piece of a header line: a column of a flattened line, or the whole line. */
interface Fragment {
  readonly text: string;
  readonly folded: string;
  readonly index: number;
  readonly line: SourceLine;
}

/** Cuts a line into its columns: "|", tabs, runs of three spaces, and a motto that follows a name. */
function fragmentsOf(line: SourceLine, index: number): Fragment[] {
  const parts = line.raw
    // Blanks left for a number or a day to be written in by hand are not a gap between columns.
    .replace(/(Số\s*:?)\s{2,}(?=\/)/giu, "$1 ")
    .replace(/(ngày)\s{2,}(?=tháng|\/|\d)/giu, "$1 ")
    .replace(/(ngày[^|\t]{0,12}?)\s{2,}(?=tháng|năm)/giu, "$1 ")
    .replace(/(tháng[^|\t]{0,6}?)\s{2,}(?=năm)/giu, "$1 ")
    .split(/\s*\|\s*|\t+| {3,}|<br\s*\/?>/i)
    .flatMap((part) => cleanLine(part).split(MOTTO_INSIDE))
    .map((part) => part.trim())
    .filter((part) => part !== "" && !/^[|:]+$/.test(part));
  return parts.map((text) => ({ text, folded: foldText(text), index, line }));
}

function isUpper(text: string): boolean {
  return text === text.toLocaleUpperCase("vi") && /\p{Lu}/u.test(text);
}

/** Every word capitalised ("Ủy Ban Nhân Dân", "Xã Hữu Kiệm"): a header line some web pages print so. */
function isCapitalised(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.length > 0 && words.every((w) => /^[^\p{L}]*\p{Lu}/u.test(w));
}

function typeOf(fragment: Fragment, anchored: boolean): { type: HeaderType; rest: string } | undefined {
  if (fragment.text.length > 160 || /:\s*$/.test(fragment.text)) return undefined;
  const m = TYPE_LINE.exec(fragment.folded);
  if (!m?.[1]) return undefined;
  const type = TYPES.find(([w]) => w === m[1])?.[1];
  if (!type) return undefined;
  const rest = m[2] ?? "";
  const words = fragment.text.split(/\s+/);
  const n = m[1].split(" ").length;
  // "Kế hoạch" alone (title case), or the type in capitals: "KẾ HOẠCH", "KẾ HOẠCH TUYÊN TRUYỀN … NĂM 2023".
  if (rest === "") return { type, rest: "" };
  if (/^so\b/.test(rest)) return undefined;
  // "Kế hoạch Tuyên truyền …" under a number or date line: the type and a capitalised title on one line.
  const titled = anchored && /^\p{Lu}/u.test(words[n] ?? "");
  if (!isUpper(words.slice(0, n).join(" ")) && !titled) return undefined;
  return { type, rest: words.slice(n).join(" ") };
}

/** A place and date in one fragment, or in two when the column's width cut it. */
function placeDateOf(
  fragments: Fragment[],
  k: number,
): { date: PartialDate; place?: string; end: Fragment } | undefined {
  const first = fragments[k] as Fragment;
  if (!/ngay\b/.test(first.folded) || first.text.length > 90) return undefined;
  let text = first.text;
  let continued: Fragment | undefined;
  if (DATE_UNFINISHED.test(text)) {
    // Its second half is the next fragment of the same column: in interleaved text, one or two later.
    for (let j = k + 1; j <= k + 3 && j < fragments.length; j++) {
      const next = fragments[j] as Fragment;
      if (!DATE_CONTINUES.test(next.text)) continue;
      text = `${text} ${next.text}`;
      continued = next;
      fragments.splice(j, 1);
      break;
    }
  }
  const m = PLACE_DATE.exec(text) ?? PLACE_DATE_NO_COMMA.exec(text);
  // "ngày 05 tháng …", "ngày    tháng …", "ngày 22/01/2024"; not "Ngày ban hành: …" (a database's field).
  if (!m?.[2] || !/^ngày\s*(?:\d|tháng|[./…_]|$)/iu.test(m[2])) return undefined;
  // The date alone: "Ngày 01/3/2025, Bộ trưởng … ký" is a sentence that opens on its date.
  if (!DATE_ALONE.test(m[2].trim())) return undefined;
  // "ngày 22 / tháng 01": the slash a column's rule left between day and month.
  const dateText = m[2]
    .replace(/(\d{1,2}|ngày)\s*\/\s*(?=tháng)/iu, "$1 ")
    .replace(/tháng\s*\/\s*/iu, "tháng ");
  const parsed = parseVietnameseDate(dateText);
  if (!parsed.ok || parsed.value.kind !== "date") return undefined;
  const place = m[1]?.trim();
  return { date: parsed.value.date, ...(place ? { place } : {}), end: continued ?? first };
}

/**
 * Reads the header of a Vietnamese administrative document (thể thức văn
 * bản, Nghị định 30/2020/NĐ-CP, Phụ lục I) as a block, whatever shape text
 * extraction gave it: the two columns (organisation and number on the left,
 * motto and place-date on the right) flattened on one line with "|", tabs or
 * runs of spaces, or each column's lines in turn, or interleaved; the
 * organisation on one line or two; the date line wrapped. Then the type line
 * ("KẾ HOẠCH", "Quyết định", "BÁO CÁO", or a letter's "V/v …" summary) and
 * the summary (trích yếu) under it, whatever its first word and its case, up
 * to the body: a blank line, the preamble ("Căn cứ", "Thực hiện"), a
 * decision's authority line, or "(Ban hành kèm theo …)".
 *
 * @param lines - prepared lines
 * @param from - index of the first line to read (an attached plan's header starts mid-document)
 * @returns the fields found and where the body starts
 * @example
 * readHeader(prepareLines("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ SƠN MẦU\nSố: 15/KH-UBND | Sơn Mầu, ngày 05 tháng 3 năm 2024\nKẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2024")).number?.value; // "15"
 */
export function readHeader(lines: readonly SourceLine[], from = 0): HeaderFields {
  const out: HeaderFields = { documentType: "plan", draft: false, bodyStart: from, organisationLines: [] };
  const fragments: Fragment[] = [];
  let seen = 0;
  // A header is short lines. Running text before it (a database's title line) is passed over; three
  // sentences of it end the search (a news item has no header).
  let prose = 0;
  for (let i = from; i < lines.length && seen < 40; i++) {
    const line = lines[i] as SourceLine;
    if (line.blank || line.furniture) continue;
    seen++;
    if (isProse(line.text.trim())) {
      if (++prose >= 3) break;
      continue;
    }
    for (const item of fragmentsOf(line, i)) fragments.push(item);
  }
  let first: number | undefined;
  let last: number | undefined;
  const use = (f: Fragment) => {
    first = first === undefined ? f.line.n : Math.min(first, f.line.n);
    last = last === undefined ? f.line.n : Math.max(last, f.line.n);
  };
  // Until the motto, a number or a date line anchors the header, what is not a header's line (a web
  // page's banner, a post's title) is passed over, and organisation lines read before it are dropped.
  let anchored = false;
  for (let k = 0; k < fragments.length; k++) {
    const f = fragments[k] as Fragment;
    const range = { start: f.line.n, end: f.line.n };
    if (DRAFT.test(f.folded)) {
      out.draft = true;
      use(f);
      continue;
    }
    if (MOTTO.test(f.folded)) {
      anchored = true;
      use(f);
      continue;
    }
    const number = out.number ? null : NUMBER.exec(f.text);
    // NĐ 30 writes "Số:" with a capital; a lower-case "số" without its colon is running text wrapped
    // before a number ("… đã ban hành Kế hoạch" / "số 18/KH-UBND ngày …").
    if (number && /^(?:S|số\s*:)/u.test(f.text)) {
      const value: string | NotStated = number[1]
        ? number[1]
        : {
            notStated: true,
            raw: f.text
              .slice(0, f.text.length - (number[4] ?? "").length)
              .trim()
              .replace(/\.$/, ""),
          };
      const symbol = canonicalCode((number[3] ?? "").replace(/\s+/g, ""));
      out.number = { value, ...(symbol ? { symbol } : {}), lines: range };
      anchored = true;
      use(f);
      const rest = number[4]?.trim();
      if (rest) fragments.splice(k + 1, 0, { ...f, text: rest, folded: foldText(rest) });
      continue;
    }
    const letter = LETTER_SUMMARY.exec(f.text);
    if (letter?.[1] && !out.title && !out.type) {
      const parts = [letter[1].trim()];
      let end = f.line.n;
      // The summary wraps under the number, in the left column: short lines that are not the header's own.
      for (let j = k + 1; j < fragments.length; j++) {
        const g = fragments[j] as Fragment;
        if (g.text.length > 90 || isUpper(g.text) || MOTTO.test(g.folded) || LETTER_ENDS.test(g.folded))
          break;
        parts.push(g.text);
        end = g.line.n;
        fragments.splice(j, 1);
        j--;
      }
      out.type = "cong-van";
      out.title = { text: parts.join(" "), lines: { start: f.line.n, end } };
      use(f);
      out.bodyStart = Math.max(out.bodyStart, lineIndexAfter(lines, end));
      continue;
    }
    const date = out.issueDate ? undefined : placeDateOf(fragments, k);
    if (date) {
      const lines = { start: f.line.n, end: Math.max(f.line.n, date.end.line.n) };
      out.issueDate = { date: date.date, lines };
      if (date.place) out.place = { text: date.place, lines };
      anchored = true;
      use(f);
      use(date.end);
      continue;
    }
    // A type word broken over two lines by a narrow cell ("KẾ" / "HOẠCH").
    const next = fragments[k + 1];
    if (next && isUpper(f.text) && isUpper(next.text) && f.text.length <= 6 && !typeOf(f, anchored)) {
      const joinedText = `${f.text} ${next.text}`;
      const joined = { ...next, text: joinedText, folded: foldText(joinedText) };
      if (typeOf(joined, anchored)) {
        fragments.splice(k, 2, joined);
        k--;
        continue;
      }
    }
    const type = typeOf(f, anchored);
    if (type) {
      use(f);
      out.type = type.type;
      if (type.type === "quyet-dinh") out.documentType = "decision";
      const summary = readSummary(
        lines,
        f.index + 1,
        type.rest ? { text: type.rest, n: f.line.n } : undefined,
      );
      if (summary.title) out.title = summary.title;
      if (summary.authority) out.authority = summary.authority;
      out.bodyStart = summary.next;
      out.lines = {
        start: first ?? f.line.n,
        end: Math.max(last ?? f.line.n, summary.title?.lines.end ?? f.line.n),
      };
      return withCommittee(out);
    }
    if (isOrganisation(f, out)) {
      const text = f.text.replace(/^\*+|\*+$/g, "").trim();
      out.organisationLines.push({ text, lines: range });
      // The issuer is the lowest committee of the block ("UBND HUYỆN X" above "ỦY BAN NHÂN DÂN XÃ Y").
      if (/^(?:uy ban nhan dan|ubnd|chu tich uy ban nhan dan)\s+\S/.test(f.folded) && UNIT_IN.test(f.folded))
        out.issuerLine = { text, lines: range };
      use(f);
      continue;
    }
    // Anything else ends the header: the body has started.
    if (anchored) break;
    out.organisationLines = [];
    out.issuerLine = undefined;
    first = undefined;
    last = undefined;
  }
  // Nothing anchored a header (no motto, number or date) and no type line: organisation-like lines were a
  // page's banner or a headline, not a header.
  if (!anchored) {
    out.organisationLines = [];
    out.issuerLine = undefined;
  }
  // No type line: the header ends after the last line it used (or nothing was a header).
  if (last !== undefined) {
    out.bodyStart = Math.max(out.bodyStart, lineIndexAfter(lines, last));
    out.lines = { start: first ?? last, end: last };
  }
  return withCommittee(out);
}

/** The committee's two lines ("ỦY BAN NHÂN DÂN" / "XÃ SƠN MẦU") name the issuer together. */
function withCommittee(out: HeaderFields): HeaderFields {
  const joined = joinedCommittee(out.organisationLines);
  if (joined && (!out.issuerLine || joined.lines.start > out.issuerLine.lines.start)) out.issuerLine = joined;
  return out;
}

const COMMITTEE_NAMED =
  /^(?:uy ban nhan dan|ubnd) (?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran|dac khu) \S+(?: \S+){0,4}$/;
const UNIT_IN = /\b(?:tinh|thanh pho|tp|huyen|quan|thi xa|xa|phuong|thi tran|dac khu)\b/;

/** A fragment of the organisation block: before the number, date and type; a name, or a unit's name under one. */
function isOrganisation(f: Fragment, out: HeaderFields): boolean {
  if (out.type || f.text.length > 90) return false;
  if (/^(?:tm|kt|tl|tuq|q)\s*\./.test(f.folded)) return false;
  // A committee's name in title case ("Ủy ban nhân dân huyện Mai Sơn"), as some web pages print it.
  if (!isUpper(f.text)) {
    if (f.text.length > 60 || /[.;:]$/.test(f.text)) return false;
    if (COMMITTEE_NAMED.test(f.folded)) return true;
    if (!isCapitalised(f.text)) return false;
    if (ORGANISATION.test(f.folded)) return true;
    return out.organisationLines.length > 0 && UNIT_LINE.test(f.folded);
  }
  if (ORGANISATION.test(f.folded)) return true;
  // The second line of a name ("TỈNH TUYÊN QUANG", "SƠN TÂY"): capitals under an organisation line.
  return out.organisationLines.length > 0 && (UNIT_LINE.test(f.folded) || f.text.length <= 40);
}

/** "ỦY BAN NHÂN DÂN" then "XÃ SƠN MẦU": the committee's name over two lines, joined. */
function joinedCommittee(
  organisation: readonly { text: string; lines: LineRange }[],
): { text: string; lines: LineRange } | undefined {
  for (let i = 0; i + 1 < organisation.length; i++) {
    const a = organisation[i] as { text: string; lines: LineRange };
    const b = organisation[i + 1] as { text: string; lines: LineRange };
    if (/^(?:uy ban nhan dan|ubnd)$/.test(foldText(a.text)) && UNIT_LINE.test(foldText(b.text)))
      return { text: `${a.text} ${b.text}`, lines: { start: a.lines.start, end: b.lines.end } };
  }
  return undefined;
}

/** A sentence of running text: long, or ending like a sentence after many words. */
function isProse(text: string): boolean {
  if (/CỘNG HÒA XÃ HỘI|CỘNG HOÀ XÃ HỘI/u.test(text)) return false;
  return text.length > 140 || (text.length > 70 && /[.;:]$/.test(text) && !/^số\b/iu.test(text));
}

function lineIndexAfter(lines: readonly SourceLine[], n: number): number {
  const i = lines.findIndex((l) => l.n === n);
  return i < 0 ? 0 : i + 1;
}

/** Words a wrapped summary's next line often starts with, in lower case or not. */
function continuesSummary(text: string): boolean {
  // A lower-case first letter is tested without `i`, which would make `\p{Ll}` match capitals too.
  return /^\p{Ll}/u.test(text) || /^(?:năm|giai đoạn|trên địa bàn|của|và|về|đến)\b/iu.test(text);
}

/**
 * The summary under a type line: its first line whatever its first word, then
 * the lines that continue it, up to a blank line (crossed once when the next
 * line continues in lower case, as a Word file's paragraphs come apart), the
 * body's first line, an authority line in capitals, a line ending in ";" or
 * ":", or "(Ban hành kèm theo …)".
 */
function readSummary(
  lines: readonly SourceLine[],
  from: number,
  onTypeLine: { text: string; n: number } | undefined,
): {
  title?: { text: string; lines: LineRange };
  authority?: { text: string; lines: LineRange };
  next: number;
} {
  const parts: string[] = onTypeLine ? [onTypeLine.text] : [];
  let start = onTypeLine?.n ?? 0;
  let end = onTypeLine?.n ?? 0;
  let j = from;
  let blanks = 0;
  let authority: { text: string; lines: LineRange } | undefined;
  for (; j < lines.length && parts.length < 8; j++) {
    const line = lines[j] as SourceLine;
    // A page break (its number, a running header) ends a summary: what follows is the next page's.
    if (line.furniture) {
      if (parts.length > (onTypeLine ? 1 : 0)) break;
      continue;
    }
    if (line.blank) {
      blanks++;
      continue;
    }
    const text = line.text.replace(/\t/g, " ").trim();
    const folded = line.foldedHead;
    if (/[;:]$/.test(text)) break;
    if (parts.length === 0) {
      if (/^(?:can cu|dieu \d|kinh gui)/.test(folded)) break;
      if (ATTACHED.test(folded) || MOTTO.test(folded) || text.length > 200) break;
      // A list item ("- Hà Lang tổ chức …" under a web page's "Tin liên quan:") is no summary.
      if (/^[-+•*]\s/.test(text)) break;
    } else {
      if (isUpper(text) && AUTHORITY.test(folded)) {
        authority = { text, lines: { start: line.n, end: line.n } };
        break;
      }
      if (blanks > 0 && !(continuesSummary(text) && !/[;:]$/.test(text) && text.length <= 120)) break;
      if (/^\p{Lu}/u.test(text) && BODY_OPENER.test(folded)) break;
      if (ATTACHED.test(folded) || text.length > 160) break;
      if (/^[-+•]/.test(text)) break;
    }
    parts.push(text);
    if (start === 0) start = line.n;
    end = line.n;
    blanks = 0;
  }
  // The next body line starts after the last summary line (or the type line when there is none).
  let next = from;
  if (authority) next = lineIndexAfter(lines, authority.lines.end);
  else if (end > 0) next = lineIndexAfter(lines, end);
  if (parts.length === 0) return { next };
  const title = { text: parts.join(" ").replace(/\s+/g, " ").trim(), lines: { start, end } };
  return { title, ...(authority ? { authority } : {}), next };
}
