import type { DocumentType } from "../model/LegalReference";
import type { LocalizedText } from "../model/LocalizedText";

/** An entry of the document-type codelist. */
export interface DocumentTypeEntry {
  readonly code: DocumentType;
  readonly label: LocalizedText;
  /** The type's name as it opens a citation ("Kế hoạch số …"). */
  readonly phrasings: readonly string[];
  /** Type codes used in document symbols ("KH" in 31/KH-UBND). */
  readonly symbolCodes: readonly string[];
}

/**
 * Types of legal and administrative documents that plans cite.
 *
 * @example
 * documentTypes.entries.find((d) => d.symbolCodes.includes("QĐ"))?.code // "quyet-dinh"
 */
export const documentTypes = {
  id: "document-types",
  version: "2025.1",
  entries: [
    { code: "ke-hoach", label: { vi: "Kế hoạch", en: "Plan" }, phrasings: ["kế hoạch"], symbolCodes: ["KH"] },
    {
      code: "quyet-dinh",
      label: { vi: "Quyết định", en: "Decision" },
      phrasings: ["quyết định"],
      symbolCodes: ["QĐ"],
    },
    {
      code: "nghi-quyet",
      label: { vi: "Nghị quyết", en: "Resolution" },
      phrasings: ["nghị quyết"],
      symbolCodes: ["NQ"],
    },
    {
      code: "chi-thi",
      label: { vi: "Chỉ thị", en: "Directive" },
      phrasings: ["chỉ thị"],
      symbolCodes: ["CT"],
    },
    {
      code: "cong-van",
      label: { vi: "Công văn", en: "Official letter" },
      phrasings: ["công văn"],
      symbolCodes: [],
    },
    {
      code: "thong-tu",
      label: { vi: "Thông tư", en: "Circular" },
      phrasings: ["thông tư"],
      symbolCodes: ["TT"],
    },
    {
      code: "nghi-dinh",
      label: { vi: "Nghị định", en: "Decree" },
      phrasings: ["nghị định"],
      symbolCodes: ["NĐ"],
    },
    { code: "luat", label: { vi: "Luật", en: "Law" }, phrasings: ["luật"], symbolCodes: ["QH"] },
    {
      code: "thong-bao",
      label: { vi: "Thông báo", en: "Notice" },
      phrasings: ["thông báo"],
      symbolCodes: ["TB"],
    },
    { code: "de-an", label: { vi: "Đề án", en: "Project" }, phrasings: ["đề án"], symbolCodes: ["ĐA"] },
    {
      code: "chuong-trinh",
      label: { vi: "Chương trình", en: "Programme" },
      phrasings: ["chương trình"],
      symbolCodes: ["CTr"],
    },
    {
      code: "huong-dan",
      label: { vi: "Hướng dẫn", en: "Guidance" },
      phrasings: ["hướng dẫn"],
      symbolCodes: ["HD"],
    },
    {
      code: "ket-luan",
      label: { vi: "Kết luận", en: "Conclusion" },
      phrasings: ["kết luận"],
      symbolCodes: ["KL"],
    },
    {
      code: "quy-dinh",
      label: { vi: "Quy định", en: "Regulation" },
      phrasings: ["quy định"],
      symbolCodes: ["QĐi"],
    },
  ],
} as const satisfies { id: string; version: string; entries: readonly DocumentTypeEntry[] };
