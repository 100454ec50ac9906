import type { MessageCatalogue } from "@parcomms/core";
import { wordProcessorMessages } from "./documents/doc/wordProcessorMessages";
import { legacyMessages } from "./documents/legacy/legacyMessages";
import { limitsMessages } from "./documents/limits/limitsMessages";
import { ocrDataMessages } from "./documents/ocr/ocrDataMessages";
import { ocrMessages } from "./documents/ocr/ocrMessages";
import { pdfMessages } from "./documents/pdf/pdfMessages";
import { fileSystemMessages } from "./files/fileSystemMessages";

/**
 * The message catalogue of reading files (thông báo khi đọc tệp): every
 * `io.*` code of a `ReadIssue`, and the `table.*` codes of formats'
 * TableFormatError (whose own message is English only), in Vietnamese and
 * English. `makeReadIssue` fills them with core's `formatMessage`;
 * register it with `checkCatalogues` beside the other packages' catalogues.
 *
 * @example
 * ioMessages["io.missing-file"].vi // "Không tìm thấy tệp."
 * formatMessage(ioMessages, "io.bad-json", { reason: "Unexpected end" }, "en") // "Not valid JSON: Unexpected end."
 */
export const ioMessages = {
  "io.missing-file": { vi: "Không tìm thấy tệp.", en: "The file does not exist." },
  "io.unreadable": { vi: "Không đọc được tệp: {reason}.", en: "The file cannot be read: {reason}." },
  "io.empty-folder": {
    vi: "Thư mục không có tệp kế hoạch nào (.json, .jsonl, .csv, .arrow, .parquet, .txt, .docx, .doc, .odt, .rtf, .pdf, ảnh quét).",
    en: "The folder holds no plan file (.json, .jsonl, .csv, .arrow, .parquet, .txt, .docx, .doc, .odt, .rtf, .pdf, scans).",
  },
  "io.not-utf8": {
    vi: "Tệp không phải văn bản UTF-8 (hoặc UTF-16 có BOM); hãy lưu lại với bảng mã UTF-8.",
    en: "The file is not UTF-8 text (nor UTF-16 with a BOM); save it again as UTF-8.",
  },
  "io.utf16-no-bom": {
    vi: "Tệp là văn bản {encoding} không có BOM (dấu thứ tự byte); đã nhận ra và đọc theo {encoding}. Nên lưu lại với bảng mã UTF-8.",
    en: "The file is {encoding} text without a BOM (byte order mark); it was recognised and read as {encoding}. Saving it as UTF-8 is better.",
  },
  "io.unknown-format": {
    vi: "Không nhận ra định dạng tệp; cần JSON, JSON Lines, CSV hoặc Arrow của ParComms, hoặc văn bản kế hoạch .txt, .docx.",
    en: "Unknown file format; expected ParComms JSON, JSON Lines, CSV or Arrow, or a plan's text (.txt, .docx).",
  },
  "io.unsupported-format": {
    vi: "Không đọc được tệp {extension}; hãy lưu văn bản thành .docx hoặc .txt, hoặc dùng JSON, JSON Lines, CSV, Arrow.",
    en: "{extension} files cannot be read; save the document as .docx or .txt, or use JSON, JSON Lines, CSV or Arrow.",
  },
  "io.bad-docx": {
    vi: "Không đọc được tệp Word (.docx): tệp hỏng hoặc không phải .docx (chi tiết: {reason}).",
    en: "The Word file (.docx) cannot be read: it is damaged or not a .docx (detail: {reason}).",
  },
  "io.docx-needs-async": {
    vi: "Tệp {extension} chỉ đọc được bằng readPlanFilesAsync (bất đồng bộ), không bằng readPlanFiles.",
    en: "{extension} files are read by readPlanFilesAsync (asynchronous), not by readPlanFiles.",
  },
  "io.not-text": {
    vi: "Không phải văn bản kế hoạch (.txt, .docx) mà là tệp {format}; lệnh này chỉ đọc văn bản.",
    en: "Not a plan's text (.txt, .docx) but a {format} file; this command reads text only.",
  },
  "io.not-a-plan": {
    vi: "Văn bản không phải kế hoạch, quyết định ban hành kế hoạch hay văn bản nói về một kế hoạch (không tìm thấy kế hoạch nào được nêu); không có gì được giữ làm kế hoạch.",
    en: "The text is neither a plan, a decision issuing a plan, nor a text about a plan (it names no plan); nothing is kept as a plan.",
  },
  "io.decision-with-plan": {
    vi: "Văn bản là quyết định ban hành kế hoạch ({decision}); bản nháp là kế hoạch được ban hành kèm theo.",
    en: "The text is a decision issuing a plan ({decision}); the draft is the plan it issues.",
  },
  "io.about-plan": {
    vi: "Văn bản nói về {plans}; không phải văn bản kế hoạch, nên không có kế hoạch nào để so sánh.",
    en: "The text speaks of {plans}; it is not a plan's text, so there is no plan to compare.",
  },
  "io.about-plan-unnamed": {
    vi: "Văn bản nói về một kế hoạch nhưng không nêu số, ngày hay cơ quan ban hành của kế hoạch đó; không phải văn bản kế hoạch, nên không có kế hoạch nào để so sánh.",
    en: "The text speaks of a plan but gives none of its number, date or issuer; it is not a plan's text, so there is no plan to compare.",
  },
  "io.not-a-plan-json": {
    vi: "Đây không phải một kế hoạch: giá trị JSON không có trường nào của kế hoạch (id, title, unit, period, activities…); các khóa có: {keys}.",
    en: "This is not a plan: the JSON value has none of a plan's fields (id, title, unit, period, activities…); its keys: {keys}.",
  },
  "io.unknown-version": {
    vi: "Kế hoạch được ghi theo lược đồ phiên bản {version}, phiên bản này không đọc được (đọc được: {readable}).",
    en: "The plan is written in schema version {version}, which cannot be read (readable: {readable}).",
  },
  "io.more-issues": {
    vi: "Còn {count} vấn đề nữa trong tệp này không được liệt kê (chỉ liệt kê {listed} vấn đề đầu).",
    en: "{count} more issues in this file are not listed (only the first {listed} are).",
  },
  "io.empty": { vi: "Tệp rỗng, không có kế hoạch nào.", en: "The file is empty: it holds no plan." },
  "io.bad-json": { vi: "Không phải JSON hợp lệ: {reason}.", en: "Not valid JSON: {reason}." },
  "io.unknown-table": {
    vi: "Không phải một bảng kế hoạch của ParComms (các bảng: {expected}).",
    en: "Not one of the ParComms plan tables ({expected}).",
  },
  "io.duplicate-id": {
    vi: "Kế hoạch {id} đã được đọc từ {first}; bỏ qua bản trùng này.",
    en: "Plan {id} was already read from {first}; this copy is left out.",
  },
  "io.duplicate-id-kept": {
    vi: "Kế hoạch {id} đã được đọc từ {first}.",
    en: "Plan {id} was already read from {first}.",
  },
  "table.missing-file": { vi: "Thiếu tệp bảng {file}.", en: "The table file {file} is missing." },
  "table.bad-file": { vi: "Không đọc được bảng: {detail}.", en: "The table cannot be read: {detail}." },
  "table.missing-column": { vi: "Bảng thiếu cột {column}.", en: "The table has no column {column}." },
  "table.duplicate-column": {
    vi: "Dòng tiêu đề ghi cột {column} hai lần.",
    en: "The header names the column {column} twice.",
  },
  "table.bad-column-type": {
    vi: "Cột {column} có kiểu dữ liệu không phù hợp: {detail}.",
    en: "The column {column} has a type that does not fit: {detail}.",
  },
  "table.bad-row": {
    vi: "Số ô của dòng không khớp: {detail}.",
    en: "The row has the wrong number of cells: {detail}.",
  },
  "table.bad-cell": {
    vi: "Ô ở cột {column} không hợp lệ: {detail}.",
    en: "The cell in column {column} is not valid: {detail}.",
  },
  "table.duplicate-key": { vi: "Trùng khóa: {detail}.", en: "Duplicate key: {detail}." },
  "table.orphan-row": {
    vi: "Dòng trỏ tới kế hoạch hoặc hoạt động không có: {detail}.",
    en: "The row names a plan or activity that does not exist: {detail}.",
  },
  "table.unknown-version": {
    vi: "Bảng ghi kế hoạch theo một phiên bản lược đồ không đọc được; chỉ đọc được 1.0, 1.1 và 1.2 (chi tiết: {detail}).",
    en: "The tables hold a plan in a schema version that cannot be read; only 1.0, 1.1 and 1.2 can (detail: {detail}).",
  },
  "table.inflated-too-large": {
    vi: "Đọc bảng cần {size} byte hoặc hơn (các trang nén khi bung ra, 8 byte mỗi giá trị), vượt giới hạn {limit} byte (maxInflatedBytes); không đọc để tránh hết bộ nhớ.",
    en: "Reading the table takes {size} bytes or more (its compressed pages inflated, 8 bytes a value), over the {limit} byte limit (maxInflatedBytes); it is not read, so memory cannot run out.",
  },
  "table.invalid-plan": {
    vi: "Kế hoạch dựng lại từ các bảng không khớp mô hình: {detail}.",
    en: "A plan rebuilt from the tables does not fit the model: {detail}.",
  },
  ...fileSystemMessages,
  ...legacyMessages,
  ...limitsMessages,
  ...wordProcessorMessages,
  ...pdfMessages,
  ...ocrMessages,
  ...ocrDataMessages,
} as const satisfies MessageCatalogue;

/** A code of {@link ioMessages}. */
export type IoMessageCode = keyof typeof ioMessages;
