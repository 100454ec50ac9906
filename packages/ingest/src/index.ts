/**
 * @parcomms/ingest: files and documents into plans (đọc tệp thành kế hoạch).
 * `readPlanFiles` and `readPlanFilesAsync` read plan JSON, JSON Lines, the
 * CSV, Arrow or Parquet table sets, and a plan's own document into draft
 * plans with core's `extractPlan`, from bytes: no `node:` import, so the same
 * code runs in Node and in browsers. Documents: `.txt`, `.docx` (mammoth),
 * `.doc`, `.odt`, PDF with a text layer (pdf.js), and scans (PDF pages that
 * are images, PNG, JPEG, TIFF) by OCR (tesseract.js, Vietnamese), in
 * `readPlanFilesAsync`; text in TCVN3, VNI or VIQR is converted to Unicode.
 * A text is kept by its `documentKind`: a plan, or a decision issuing one, as
 * a draft plan; a text about a plan, or another text, as a `ReadDocument`
 * (the plans it names cited by `citePlanMention`). Every problem is a coded,
 * bilingual `ReadIssue` with its place.
 *
 * @packageDocumentation
 */

export { citeDecision } from "./citeDecision";
export { citePlanMention } from "./citePlanMention";
export type {
  DocumentMethod,
  DocumentProgress,
  LineOrigin,
} from "./documents/DocumentText";
export {
  type DocumentLimit,
  type DocumentLimitOverrides,
  documentLimits,
  type LimitedFormat,
} from "./documents/limits/documentLimits";
export { type PageFormat, pageFormat } from "./documents/pageFormat";
export { fileSystemIssue, type SpecialFileKind } from "./files/fileSystemIssue";
export { type IoMessageCode, ioMessages } from "./ioMessages";
export { makeReadIssue, type ReadIssueCode, type ReadIssuePlace } from "./makeReadIssue";
export type { ReadPlanFilesOptions } from "./ReadPlanFilesOptions";
export type {
  PlanFileFormat,
  PlanFileInput,
  PlanSource,
  ReadDocument,
  ReadIssue,
  ReadPlan,
  ReadPlansResult,
} from "./ReadPlansResult";
export { readPlanFiles } from "./readPlanFiles";
export { readPlanFilesAsync } from "./readPlanFilesAsync";
export type { ReviewField, ReviewRow } from "./review/ReviewRow";
export { REVIEW_FIELDS, reviewRows } from "./review/reviewRows";
