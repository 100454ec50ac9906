import { foldText } from "../../_lib/fold";
import type { LineRange } from "../../model/LineRange";
import type { NotStated } from "../../model/NotStated";
import type { PartialDate } from "../../model/PartialDate";
import { parseVietnameseDate } from "../../parse/parseVietnameseDate";
import type { SourceLine } from "./prepareLines";

/** What the top of a document says: title, number and symbol, place and date. */
export interface HeaderFields {
  documentType: "plan" | "decision";
  draft: boolean;
  title?: { text: string; lines: LineRange };
  number?: { value: string | NotStated; symbol?: string; lines: LineRange };
  issueDate?: { date: PartialDate; lines: LineRange };
  place?: { text: string; lines: LineRange };
  /** The committee named at the top ("ỦY BAN NHÂN DÂN XÃ SƠN MẦU"), when the text keeps it. */
  issuerLine?: { text: string; lines: LineRange };
  /**
   * Every line of the organisation block at the top (tên cơ quan), in order: the superior body, then
   * the issuing one ("ỦY BAN NHÂN DÂN TỈNH TÂY NINH", "SỞ NỘI VỤ"; "BỘ NỘI VỤ"; "HUYỆN ỦY SƠN TÂY").
   */
  organisationLines: { text: string; lines: LineRange }[];
  /** Index (0-based) in the lines of the first line after the header. */
  bodyStart: number;
}

const NUMBER_LINE = /^Số\s*:?\s*(\d*)\s*\/\s*([\p{Lu}Đ][\p{L}\-–\s]*?)\s*\.?$/u;
const DATE_LINE = /^(.{1,60}?),\s*(ngày\b.*)$/iu;
const DOC_TYPE = /^(ke hoach|quyet dinh)\b\s*(.*)$/;
const BODY_OPENER = /^(?:can cu|thuc hien|theo|trien khai|[ivx]+[.)]\s)/;
const ISSUER_LINE =
  /^(?:uy ban nhan dan|ubnd|chu tich uy ban nhan dan)\s+(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran|dac khu)\b/;
/** The first word of an organisation's name in the header (Bộ, Sở, Phòng, a Party committee, the Front). */
const ORGANISATION =
  /^(?:bo|so|phong|ban|uy ban|ubnd|chu tich|dang bo|dang uy|tinh uy|thanh uy|huyen uy|quan uy|thi uy|ban thuong vu|ubmttq|mttq|mat tran)\b/;
const NATIONAL = /^(?:cong hoa xa hoi|doc lap|so:?\s*\d*\s*\/|-{3,})/;

/**
 * Reads the header of a Vietnamese administrative document (thể thức văn
 * bản, Nghị định 30/2020/NĐ-CP): the committee line, "Số: 13/KH-UBND" (the
 * number may be blank: "Số: /KH-UBND" gives NotStated), the place and date
 * line ("TP. Bắc Giang, ngày tháng 01 năm 2024"), the document type
 * ("KẾ HOẠCH") and the title lines under it (trích yếu), up to a blank line
 * or the first "Căn cứ"/"Thực hiện" line.
 *
 * @param lines - prepared lines
 * @returns the fields found and where the body starts
 */
export function readHeader(lines: readonly SourceLine[]): HeaderFields {
  const out: HeaderFields = { documentType: "plan", draft: false, bodyStart: 0, organisationLines: [] };
  const limit = Math.min(lines.length, 60);
  let i = 0;
  for (; i < limit; i++) {
    const line = lines[i] as SourceLine;
    if (line.blank || line.furniture) continue;
    const text = line.text.replace(/\t/g, " ").trim();
    const folded = line.foldedHead;
    const range = { start: line.n, end: line.n };
    if (/^du thao\b/.test(folded)) {
      out.draft = true;
      continue;
    }
    const number = NUMBER_LINE.exec(text);
    if (number && !out.number) {
      const value: string | NotStated = number[1]
        ? number[1]
        : { notStated: true, raw: text.replace(/\.$/, "") };
      out.number = { value, ...(number[2] ? { symbol: number[2].replace(/\s+/g, "") } : {}), lines: range };
      continue;
    }
    const dateLine = DATE_LINE.exec(text);
    if (dateLine?.[1] && dateLine[2] && !out.issueDate) {
      const parsed = parseVietnameseDate(dateLine[2]);
      if (parsed.ok && parsed.value.kind === "date") {
        out.issueDate = { date: parsed.value.date, lines: range };
        out.place = { text: dateLine[1].trim(), lines: range };
        continue;
      }
    }
    const upper = text === text.toUpperCase() && /\p{Lu}/u.test(text);
    if (ISSUER_LINE.test(folded) && upper && !out.issuerLine) {
      out.issuerLine = { text, lines: range };
      out.organisationLines.push({ text, lines: range });
      continue;
    }
    if (NATIONAL.test(folded)) continue;
    const type = DOC_TYPE.exec(folded);
    if (!type && upper && ORGANISATION.test(folded) && !out.number && !out.issueDate) {
      out.organisationLines.push({ text: text.replace(/^\*+|\*+$/g, "").trim(), lines: range });
      continue;
    }
    if (type && text.length <= 120 && /^\p{Lu}{2}/u.test(text)) {
      if (type[1] === "quyet dinh") out.documentType = "decision";
      const titleParts: string[] = [];
      let start = 0;
      let end = 0;
      const rest = text.slice(text.length - (type[2] ?? "").length).trim();
      if (rest) {
        titleParts.push(rest);
        start = end = line.n;
      }
      let j = i + 1;
      for (; j < lines.length; j++) {
        const next = lines[j] as SourceLine;
        if (next.furniture) continue;
        if (next.blank) {
          if (titleParts.length > 0) break;
          continue;
        }
        const nextText = next.text.replace(/\t/g, " ").trim();
        if (BODY_OPENER.test(foldText(nextText)) || titleParts.length >= 4) break;
        titleParts.push(nextText);
        if (start === 0) start = next.n;
        end = next.n;
      }
      if (titleParts.length > 0)
        out.title = { text: titleParts.join(" ").replace(/\s+/g, " "), lines: { start, end } };
      out.bodyStart = j;
      return out;
    }
    if (BODY_OPENER.test(folded)) break;
  }
  out.bodyStart = 0;
  return out;
}
