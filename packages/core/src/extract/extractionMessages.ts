import type { MessageCatalogue } from "../messages/MessageCatalogue";

/**
 * The messages of every extraction issue code, in Vietnamese and English.
 * A message catalogue: `formatMessage` fills `{name}` with the issue's
 * parameter of that name.
 *
 * @example
 * extractionMessages["extract.header.title-missing"].en // "No title was found under the document type line."
 */
export const extractionMessages = {
  "extract.input.empty": {
    severity: "error",
    vi: "Văn bản trống: không có gì để đọc.",
    en: "The text is empty: there is nothing to read.",
  },
  "extract.internal-error": {
    severity: "error",
    vi: "Lỗi trong khi đọc văn bản ({step}): {detail}. Kết quả có thể thiếu.",
    en: "Internal error while reading the text ({step}): {detail}. The result may be incomplete.",
  },
  "extract.schema.invalid": {
    severity: "error",
    vi: "Bản nháp không hợp lệ theo mô hình kế hoạch ({detail}); chỉ giữ phần đầu văn bản.",
    en: "The draft does not fit the plan model ({detail}); only the header is kept.",
  },
  "extract.header.title-missing": {
    severity: "error",
    vi: "Không tìm thấy trích yếu (tiêu đề) dưới dòng tên loại văn bản.",
    en: "No title was found under the document type line.",
  },
  "extract.header.number-missing": {
    severity: "info",
    vi: "Văn bản không có dòng số, ký hiệu.",
    en: "The text has no number line (Số: …/KH-…).",
  },
  "extract.header.date-missing": {
    severity: "info",
    vi: "Văn bản không có dòng địa danh, ngày tháng ban hành.",
    en: "The text has no place and date line.",
  },
  "extract.header.unit-missing": {
    severity: "warning",
    vi: "Không xác định được đơn vị hành chính của cơ quan ban hành; để trống.",
    en: "The issuer's administrative unit could not be found; it is left blank.",
  },
  "extract.header.issuer-missing": {
    severity: "warning",
    vi: "Văn bản không nêu cơ quan ban hành (không có tên cơ quan ở đầu văn bản); để trống.",
    en: "The text names no issuing body (no organisation at its top); it is left blank.",
  },
  "extract.header.issuer-inferred": {
    severity: "info",
    vi: "Văn bản chỉ nêu địa bàn; cơ quan ban hành được suy ra là Ủy ban nhân dân cấp {level}, cần kiểm tra.",
    en: "The text names only the area; the issuer is inferred to be its People's Committee ({level}); check it.",
  },
  "extract.header.level-missing": {
    severity: "warning",
    vi: "Không xác định được cấp của cơ quan ban hành; để trống.",
    en: "The issuer's tier could not be found; it is left blank.",
  },
  "extract.header.period-missing": {
    severity: "warning",
    vi: "Văn bản không nêu năm của kế hoạch (không có trong trích yếu, câu ban hành hay ngày ban hành); để trống.",
    en: "The text states no year for the plan (not in its title, its issuing sentence or its date); it is left blank.",
  },
  "extract.header.period-inferred": {
    severity: "info",
    vi: "Năm của kế hoạch ({year}) được suy ra từ ngày ban hành, không đọc được từ trích yếu; cần kiểm tra.",
    en: "The plan's year ({year}) is inferred from its date of issue, not read from its title; check it.",
  },
  "extract.header.title-from-decision": {
    severity: "info",
    vi: "Văn bản không kèm toàn văn kế hoạch; tên kế hoạch lấy từ trích yếu của quyết định: “{title}”.",
    en: "The plan's text is not attached; its title is taken from the decision's summary: “{title}”.",
  },
  "extract.references.none": {
    severity: "info",
    vi: "Không tìm thấy văn bản căn cứ nào.",
    en: "No cited document was found.",
  },
  "extract.references.no-parent": {
    severity: "info",
    vi: "Không xác định được kế hoạch cấp trên mà kế hoạch này thực hiện.",
    en: "No parent plan was identified among the cited documents.",
  },
  "extract.section.missing": {
    severity: "warning",
    vi: "Không tìm thấy phần {section}.",
    en: "The {section} section was not found.",
  },
  "extract.signatory.missing": {
    severity: "warning",
    vi: "Không tìm thấy khối chữ ký.",
    en: "No signature block was found.",
  },
  "extract.recipients.missing": {
    severity: "info",
    vi: "Không tìm thấy phần Nơi nhận.",
    en: "No recipients list (Nơi nhận) was found.",
  },
  "extract.table.row-missing": {
    severity: "warning",
    vi: "Phụ lục: không đọc được dòng số {row}.",
    en: "Appendix: row {row} could not be read.",
  },
  "extract.table.cells-guessed": {
    severity: "info",
    vi: "Phụ lục mất đường kẻ bảng: các ô của {rows} dòng được đoán theo nội dung.",
    en: "The appendix lost its grid: the cells of {rows} rows were guessed from their wording.",
  },
  "extract.table.cell-unplaced": {
    severity: "warning",
    vi: "Phụ lục, dòng {row}: không rõ “{text}” thuộc cột nào; nội dung này chưa được đọc vào nhiệm vụ.",
    en: "Appendix, row {row}: it is not clear which column “{text}” belongs to; it was not read into the task.",
  },
  "extract.activity.no-lead": {
    severity: "warning",
    vi: "Nhiệm vụ {ref} không có cơ quan chủ trì.",
    en: "Task {ref} has no lead office.",
  },
  "extract.timeframe.unreadable": {
    severity: "info",
    vi: "Không đọc được thời gian “{text}”.",
    en: "The time “{text}” could not be read.",
  },
} as const satisfies MessageCatalogue & Record<string, { severity: "error" | "warning" | "info" }>;

/** A code of {@link extractionMessages}. */
export type ExtractionIssueCode = keyof typeof extractionMessages;
