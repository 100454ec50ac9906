import type { LocalizedText } from "@parcomms/core";

/** A header field of the corpus scoring, with where the extractor records its confidence. */
export interface CorpusFieldDefinition {
  readonly id: string;
  readonly label: LocalizedText;
  /**
   * JSON Pointers of the extraction's `elements` whose confidence stands for
   * the field, the first that has an element winning ("/symbol" else
   * "/number"). A value with no element counts as confident.
   */
  readonly paths: readonly string[];
  /** Least accuracy among the documents that state the field (right / stated); absent: shown for information. */
  readonly goal?: number;
}

/**
 * The header fields `scoreDocument` compares with a corpus key, in the order
 * of the table. Goals from issue 12: number, date, issuing body, level, year
 * and title right in at least 90% of the documents that state them; the
 * document's kind in at least 95%.
 *
 * @example
 * CORPUS_FIELDS.find((f) => f.id === "title")?.goal // 0.9
 */
export const CORPUS_FIELDS = [
  {
    id: "documentKind",
    label: { vi: "Loại văn bản", en: "Document kind" },
    paths: ["/documentKind"],
    goal: 0.95,
  },
  { id: "number", label: { vi: "Số", en: "Number" }, paths: ["/number"], goal: 0.9 },
  { id: "symbol", label: { vi: "Ký hiệu", en: "Symbol" }, paths: ["/symbol", "/number"] },
  { id: "issueDate", label: { vi: "Ngày ban hành", en: "Issue date" }, paths: ["/issueDate"], goal: 0.9 },
  { id: "issuer", label: { vi: "Cơ quan ban hành", en: "Issuing body" }, paths: ["/issuer"], goal: 0.9 },
  {
    id: "level",
    label: { vi: "Cấp ban hành", en: "Issuer's level" },
    paths: ["/issuer/level", "/issuer"],
    goal: 0.9,
  },
  { id: "unit", label: { vi: "Đơn vị hành chính", en: "Unit" }, paths: ["/unit"] },
  { id: "period", label: { vi: "Năm, giai đoạn", en: "Period (year)" }, paths: ["/period"], goal: 0.9 },
  { id: "title", label: { vi: "Trích yếu", en: "Title" }, paths: ["/title"], goal: 0.9 },
  {
    id: "decision.number",
    label: { vi: "Số quyết định", en: "Decision's number" },
    paths: ["/decision/number", "/decision"],
  },
  {
    id: "decision.symbol",
    label: { vi: "Ký hiệu quyết định", en: "Decision's symbol" },
    paths: ["/decision/symbol", "/decision/number", "/decision"],
  },
  {
    id: "decision.issueDate",
    label: { vi: "Ngày quyết định", en: "Decision's date" },
    paths: ["/decision/issueDate", "/decision"],
  },
] as const satisfies readonly CorpusFieldDefinition[];

/** Identifier of a corpus field. */
export type CorpusField = (typeof CORPUS_FIELDS)[number]["id"];
