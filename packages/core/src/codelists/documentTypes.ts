import type { DocumentType } from "../model/LegalReference";
import type { LocalizedText } from "../model/LocalizedText";

/** An entry of the document-type codelist. */
export interface DocumentTypeEntry {
  readonly code: DocumentType;
  readonly label: LocalizedText;
  /** The type's name as it opens a citation ("Kế hoạch số …"). */
  readonly phrasings: readonly string[];
  /**
   * Words for any document ("văn bản") that name this type when the symbol
   * after them names no other: "Văn bản số 123/UBND-NC" is an official
   * letter, "văn bản số 31/KH-UBND" a plan, "văn bản số 31" no type at all.
   */
  readonly genericPhrasings?: readonly string[];
  /**
   * Type codes used in document symbols ("KH" in 31/KH-UBND), in their
   * canonical spelling ("CTr", not "CTR"). Empty for an official letter,
   * whose symbol names the issuer and the drafting unit instead
   * ("5104/BTTTT-PTTH&TTĐT").
   */
  readonly symbolCodes: readonly string[];
  /**
   * Whether documents of this type are cited by name without a number
   * ("Đề án phát triển … giai đoạn 2022-2025"). A report, a submission or a
   * letter without its number is a common noun ("báo cáo kết quả năm
   * 2024"), not a citation.
   */
  readonly citedByName: boolean;
}

/**
 * Types of legal and administrative documents that plans cite: those of
 * the State (Nghị định 30/2020/NĐ-CP, Phụ lục III) and of the Party
 * (symbols such as "16-CTr/TU"), with their names as they open a citation. A
 * "Thông báo kết luận" (notice of conclusions, symbol TB) is a notice:
 * its symbol's type code is TB; a "Kết luận" (KL) is a conclusion. An
 * official letter is cited as "Công văn", or as "Văn bản" when its symbol
 * names no type ("Văn bản số 123/UBND-NC").
 *
 * @example
 * documentTypes.entries.find((d) => d.symbolCodes.includes("QĐ"))?.code // "quyet-dinh"
 */
export const documentTypes = {
  id: "document-types",
  version: "2025.2",
  entries: [
    {
      code: "ke-hoach",
      label: { vi: "Kế hoạch", en: "Plan" },
      phrasings: ["kế hoạch"],
      symbolCodes: ["KH"],
      citedByName: true,
    },
    {
      code: "quyet-dinh",
      label: { vi: "Quyết định", en: "Decision" },
      phrasings: ["quyết định"],
      symbolCodes: ["QĐ"],
      citedByName: true,
    },
    {
      code: "nghi-quyet",
      label: { vi: "Nghị quyết", en: "Resolution" },
      phrasings: ["nghị quyết"],
      symbolCodes: ["NQ"],
      citedByName: true,
    },
    {
      code: "chi-thi",
      label: { vi: "Chỉ thị", en: "Directive" },
      phrasings: ["chỉ thị"],
      symbolCodes: ["CT"],
      citedByName: true,
    },
    {
      code: "cong-van",
      label: { vi: "Công văn", en: "Official letter" },
      phrasings: ["công văn"],
      genericPhrasings: ["văn bản"],
      symbolCodes: [],
      citedByName: false,
    },
    {
      code: "thong-tu",
      label: { vi: "Thông tư", en: "Circular" },
      phrasings: ["thông tư"],
      symbolCodes: ["TT"],
      citedByName: true,
    },
    {
      code: "nghi-dinh",
      label: { vi: "Nghị định", en: "Decree" },
      phrasings: ["nghị định"],
      symbolCodes: ["NĐ"],
      citedByName: true,
    },
    {
      code: "luat",
      label: { vi: "Luật", en: "Law" },
      phrasings: ["luật"],
      symbolCodes: ["QH"],
      citedByName: true,
    },
    {
      code: "thong-bao",
      label: { vi: "Thông báo", en: "Notice" },
      phrasings: ["thông báo kết luận", "thông báo"],
      symbolCodes: ["TB"],
      citedByName: true,
    },
    {
      code: "de-an",
      label: { vi: "Đề án", en: "Project" },
      phrasings: ["đề án"],
      symbolCodes: ["ĐA"],
      citedByName: true,
    },
    {
      code: "chuong-trinh",
      label: { vi: "Chương trình", en: "Programme" },
      phrasings: ["chương trình hành động", "chương trình phối hợp", "chương trình"],
      symbolCodes: ["CTr", "CTPH"],
      citedByName: true,
    },
    {
      code: "huong-dan",
      label: { vi: "Hướng dẫn", en: "Guidance" },
      phrasings: ["hướng dẫn"],
      symbolCodes: ["HD"],
      citedByName: true,
    },
    {
      code: "ket-luan",
      label: { vi: "Kết luận", en: "Conclusion" },
      phrasings: ["kết luận"],
      symbolCodes: ["KL"],
      citedByName: true,
    },
    {
      code: "quy-dinh",
      label: { vi: "Quy định", en: "Regulation" },
      phrasings: ["quy định"],
      symbolCodes: ["QĐi", "QyĐ"],
      citedByName: true,
    },
    {
      code: "to-trinh",
      label: { vi: "Tờ trình", en: "Submission" },
      phrasings: ["tờ trình"],
      symbolCodes: ["TTr"],
      citedByName: false,
    },
    {
      code: "bao-cao",
      label: { vi: "Báo cáo", en: "Report" },
      phrasings: ["báo cáo"],
      symbolCodes: ["BC"],
      citedByName: false,
    },
  ],
} as const satisfies { id: string; version: string; entries: readonly DocumentTypeEntry[] };
