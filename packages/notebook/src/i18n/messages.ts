import { type MessageCatalogue, vocabulary } from "@parcomms/core";
import { reviewPagesMessages } from "../review/reviewPagesMessages";

const { levels, eras, words } = vocabulary;

/** A vocabulary label as it stands inside a sentence ("chủ đề", "theme"). */
const lowered = (text: { readonly vi: string; readonly en: string }) => ({
  vi: text.vi.charAt(0).toLowerCase() + text.vi.slice(1),
  en: text.en.charAt(0).toLowerCase() + text.en.slice(1),
});

/**
 * Every text of the notebook's interface, in Vietnamese and English, keyed by a
 * stable id. `{name}` placeholders are filled by {@link t} with core's
 * `formatMessage`. Words the other packages use too (levels, eras, unit,
 * province, plan, activity, themes, channels) are core's `vocabulary`.
 *
 * @example
 * messages["app.title"].vi // "Sổ phân tích kế hoạch tuyên truyền CCHC"
 */
export const messages = {
  "app.title": {
    vi: "Sổ phân tích kế hoạch tuyên truyền CCHC",
    en: "CCHC communication plans notebook",
  },
  "app.tagline": {
    vi: "So sánh kế hoạch tuyên truyền cải cách hành chính của các cấp, tìm khoảng trống và kiểm tra kế hoạch của bạn. Mọi dữ liệu ở lại trong trình duyệt này.",
    en: "Compare local plans for communicating administrative reform, find their gaps and check your own plans. All data stays in this browser.",
  },
  "app.skip": { vi: "Bỏ qua đến nội dung chính", en: "Skip to main content" },
  "app.language": { vi: "Ngôn ngữ", en: "Language" },
  "app.copyLink": { vi: "Sao chép liên kết của khung nhìn này", en: "Copy a link to this view" },
  "app.linkCopied": { vi: "Đã sao chép liên kết.", en: "Link copied." },
  "app.linkShown": {
    vi: "Liên kết đã nằm trên thanh địa chỉ; hãy sao chép từ đó.",
    en: "The link is in the address bar; copy it from there.",
  },
  "app.contents": { vi: "Mục lục", en: "Contents" },
  "app.footer": {
    vi: "ParComms · chạy hoàn toàn trong trình duyệt, không gửi dữ liệu đi đâu.",
    en: "ParComms · runs entirely in your browser and sends no data anywhere.",
  },
  "app.loading": { vi: "Đang tải…", en: "Loading…" },

  "data.title": { vi: "Dữ liệu", en: "Data" },
  "data.intro": {
    vi: "Chọn bộ dữ liệu để phân tích: năm kế hoạch thật, bộ dữ liệu giả lập toàn quốc của một thời kỳ, hoặc tệp của bạn (JSON kế hoạch, JSON Lines, các bảng CSV, Arrow hoặc Parquet, hoặc văn bản kế hoạch: .pdf, .doc, .docx, .odt, .rtf, .txt hay ảnh quét, được đọc thành bản nháp chờ bạn rà soát). Tệp của bạn được lưu trong trình duyệt (IndexedDB) cho tới khi bạn xóa.",
    en: "Choose what to analyse: the five real plans, the national synthetic dataset of one era, or your own files (plan JSON, JSON Lines, the CSV, Arrow or Parquet tables, or a plan's document: .pdf, .doc, .docx, .odt, .rtf, .txt or a scan, read into a draft for you to review). Your files are kept in this browser (IndexedDB) until you remove them.",
  },
  "data.source": { vi: "Nguồn dữ liệu", en: "Data source" },
  "data.real": { vi: "5 kế hoạch thật", en: "The 5 real plans" },
  "data.realHint": {
    vi: "Sơn Mầu, TP Bắc Giang, Tây Ninh, Gia Tân (2024) và Trúc Lâm (2025)",
    en: "Sơn Mầu, Bắc Giang city, Tây Ninh, Gia Tân (2024) and Trúc Lâm (2025)",
  },
  "data.synthetic3": { vi: "Giả lập toàn quốc, 3 cấp (2024)", en: "National synthetic, three tiers (2024)" },
  "data.synthetic2": { vi: "Giả lập toàn quốc, 2 cấp (2025)", en: "National synthetic, two tiers (2025)" },
  "data.syntheticHint": {
    vi: "Dữ liệu GIẢ LẬP, không mô tả kế hoạch thật nào; sinh trong trình duyệt (vài giây)",
    en: "SYNTHETIC data that describes no real plan; generated in your browser (a few seconds)",
  },
  "data.own": { vi: "Tệp của bạn", en: "Your files" },
  "data.ownOnly": { vi: "Chỉ tệp của bạn", en: "Only your files" },
  "data.pick": { vi: "Chọn tệp…", en: "Choose files…" },
  "data.drop": {
    vi: "hoặc kéo thả nhiều tệp vào đây: văn bản (.pdf, .doc, .docx, .odt, .rtf, .txt), ảnh quét (.png, .jpg, .tif) hoặc dữ liệu (.json, .jsonl, .csv, .arrow, .parquet); tối đa 50 MB mỗi tệp",
    en: "or drop many files here: documents (.pdf, .doc, .docx, .odt, .rtf, .txt), scans (.png, .jpg, .tif) or data (.json, .jsonl, .csv, .arrow, .parquet); up to 50 MB each",
  },
  "data.noOwn": { vi: "Chưa có tệp nào.", en: "No files yet." },
  "data.remove": { vi: "Xóa", en: "Remove" },
  "data.removeFile": { vi: "Xóa tệp {file}", en: "Remove file {file}" },
  "data.filePlans": { vi: "{count} kế hoạch", en: "{count} plans" },
  "data.tableSet": {
    vi: "và các bảng cùng bộ ({count} tệp)",
    en: "and the other tables of its set ({count} files)",
  },
  "data.line": { vi: "dòng {line}", en: "line {line}" },
  "data.moreProblems": { vi: "… và {count} vấn đề khác", en: "… and {count} more problems" },
  "data.fileProblems": { vi: "Vấn đề với tệp của bạn", en: "Problems with your files" },
  "data.tooLarge": {
    vi: "Tệp {file} quá lớn ({size} MB); giới hạn là 50 MB. Các dữ liệu khác vẫn giữ nguyên.",
    en: "File {file} is too large ({size} MB); the limit is 50 MB. Everything else is unchanged.",
  },
  "data.unreadable": {
    vi: "Không đọc được tệp {file}: {reason}",
    en: "Could not read file {file}: {reason}",
  },
  "data.noPlans": {
    vi: "Tệp {file} không chứa kế hoạch nào dùng được.",
    en: "File {file} holds no usable plan.",
  },
  "data.migrated": {
    vi: "Tệp {file}: {count} kế hoạch lưu theo lược đồ {from} đã được chuyển sang lược đồ {to}.",
    en: "File {file}: plans saved in schema {from} were migrated to schema {to} ({count}).",
  },
  "data.storageFailed": {
    vi: "Không lưu được tệp {file} vào trình duyệt; tệp chỉ dùng được tới khi tải lại trang.",
    en: "Could not keep file {file} in this browser; it stays only until the page is reloaded.",
  },
  "data.readTimeout": {
    vi: "Đọc tệp {file} quá {seconds} giây mà không xong nên đã dừng; tệp không được đọc.",
    en: "Reading file {file} went on for over {seconds} s without finishing and was stopped; the file was not read.",
  },
  "data.setAsideTitle": {
    vi: "Tệp để riêng (không đọc lại khi mở trang)",
    en: "Files set aside (not read again when the page opens)",
  },
  "data.setAsideBadge": { vi: "ĐỂ RIÊNG", en: "SET ASIDE" },
  "data.setAside.timeout": {
    vi: "Khi mở trang, đọc tệp {file} quá {seconds} giây mà không xong nên đã dừng. Tệp được để riêng và không đọc lại mỗi lần mở trang: hãy đọc lại hoặc xóa.",
    en: "On opening the page, reading file {file} went on for over {seconds} s without finishing and was stopped. The file is set aside and not read again at each visit: retry or remove it.",
  },
  "data.setAside.failed": {
    vi: "Khi mở trang, không đọc được tệp {file}: {reason} Tệp được để riêng và không đọc lại mỗi lần mở trang: hãy đọc lại hoặc xóa.",
    en: "On opening the page, file {file} could not be read: {reason} The file is set aside and not read again at each visit: retry or remove it.",
  },
  "data.setAside.interrupted": {
    vi: "Lần trước trang bị đóng (hoặc bị treo) khi đang đọc tệp {file}. Tệp được để riêng và không đọc lại mỗi lần mở trang: hãy đọc lại hoặc xóa.",
    en: "Last time the page was closed (or froze) while reading file {file}. The file is set aside and not read again at each visit: retry or remove it.",
  },
  "data.retry": { vi: "Đọc lại", en: "Retry" },
  "data.retryFile": { vi: "Đọc lại tệp {file}", en: "Read file {file} again" },
  "data.generating": {
    vi: "Đang sinh dữ liệu giả lập: {done} / {total} kế hoạch",
    en: "Generating synthetic data: {done} / {total} plans",
  },
  "data.ready": {
    vi: "{count} kế hoạch sẵn sàng ({synthetic} giả lập).",
    en: "{count} plans ready ({synthetic} synthetic).",
  },
  "data.syntheticBadge": { vi: "GIẢ LẬP", en: "SYNTHETIC" },
  "data.ownBadge": { vi: "TỆP CỦA BẠN", en: "YOUR FILE" },
  "data.realBadge": { vi: "THẬT", en: "REAL" },
  "data.draftBadge": { vi: "BẢN NHÁP TỪ VĂN BẢN — CẦN RÀ SOÁT", en: "DRAFT FROM TEXT — REVIEW" },
  "data.draftShort": { vi: "bản nháp", en: "draft" },
  "data.draftHint": {
    vi: "Đọc tự động từ văn bản: hãy rà soát từng trường trước khi dùng kết quả.",
    en: "Read automatically from the text: review each field before relying on the results.",
  },
  "data.kind.plan": { vi: "Kế hoạch", en: "Plan" },
  "data.kind.decision-with-plan": { vi: "Quyết định ban hành kế hoạch", en: "Decision issuing a plan" },
  "data.kind.about-plan": { vi: "Văn bản nói về kế hoạch", en: "Text about a plan" },
  "data.kind.other": { vi: "Không phải kế hoạch", en: "Not a plan" },
  "data.kindLabel": { vi: "Loại văn bản: {kind}", en: "Document kind: {kind}" },
  "data.decision": { vi: "Ban hành bằng {decision}", en: "Issued by {decision}" },
  "data.mentions": {
    vi: "Kế hoạch được nhắc tới ({count}), không đưa vào so sánh:",
    en: "Plans it names ({count}), not added to comparisons:",
  },
  "data.noMentions": {
    vi: "Văn bản không nêu số, ngày hay cơ quan ban hành của kế hoạch nào.",
    en: "The text gives no plan's number, date or issuer.",
  },
  "data.mentionPeriod": { vi: "kỳ {period}", en: "period {period}" },
  "data.reading": {
    vi: "Đang đọc tệp {done}/{total}: {file}",
    en: "Reading file {done} of {total}: {file}",
  },
  "data.readingStage": {
    vi: "{stage}: {done}/{total}",
    en: "{stage}: {done} of {total}",
  },
  "data.readingLabel": { vi: "Tiến độ đọc tệp", en: "Progress of reading files" },
  "data.readDone": { vi: "Đã đọc xong {done}/{total} tệp.", en: "Read {done} of {total} files." },
  "data.readCancelled": {
    vi: "Đã hủy: đọc được {done}/{total} tệp; các tệp còn lại chưa được thêm.",
    en: "Cancelled: {done} of {total} files read; the others were not added.",
  },
  "data.cancel": { vi: "Hủy đọc tệp", en: "Cancel reading" },
  "review.title": { vi: "Hàng chờ rà soát", en: "Review queue" },
  "review.intro": {
    vi: "Mỗi văn bản một dòng: đơn vị, năm, số hiệu và độ tin cậy mà máy đọc được. Mở một dòng để xem từng trường bên cạnh văn bản, rồi chấp nhận hoặc sửa. Kế hoạch đã sửa là bản được đem so sánh.",
    en: "One row per document: the unit, year, number and confidence read by machine. Open a row to see each field beside the text, then accept or correct it. The corrected plan is the one compared.",
  },
  "review.empty": { vi: "Chưa có văn bản nào để rà soát.", en: "No document to review yet." },
  "review.caption": { vi: "Hàng chờ rà soát ({count} tệp)", en: "Review queue ({count} files)" },
  "review.needsReview": { vi: "Chỉ hiện tệp cần rà soát", en: "Only files that need review" },
  "review.col.file": { vi: "Tệp", en: "File" },
  "review.col.kind": { vi: "Loại", en: "Kind" },
  "review.col.unit": { vi: "Đơn vị", en: "Unit" },
  "review.col.year": { vi: "Năm", en: "Year" },
  "review.col.number": { vi: "Số hiệu", en: "Number" },
  "review.col.confidence": { vi: "Độ tin cậy", en: "Confidence" },
  "review.col.issues": { vi: "Vấn đề", en: "Issues" },
  "review.col.fields": { vi: "Trường cần kiểm tra", en: "Fields to check" },
  "review.col.status": { vi: "Trạng thái", en: "Status" },
  "review.sortAscending": {
    vi: "Sắp xếp theo độ tin cậy, thấp trước",
    en: "Sort by confidence, lowest first",
  },
  "review.sortDescending": {
    vi: "Sắp xếp theo độ tin cậy, cao trước",
    en: "Sort by confidence, highest first",
  },
  "review.status.to-review": { vi: "Cần rà soát ({decided}/6)", en: "To review ({decided}/6)" },
  "review.status.reviewed": { vi: "Đã rà soát", en: "Reviewed" },
  "review.status.not-a-plan": { vi: "Không có kế hoạch", en: "No plan" },
  "review.status.unreadable": { vi: "Không đọc được", en: "Unreadable" },
  "review.open": { vi: "Mở {file}", en: "Open {file}" },
  "review.openShort": { vi: "Mở", en: "Open" },
  "review.close": { vi: "Đóng", en: "Close" },
  "review.detail": { vi: "Rà soát {file}", en: "Review of {file}" },
  "review.fields": { vi: "Các trường của bản nháp", en: "The draft's fields" },
  "review.text": { vi: "Văn bản đã đọc", en: "The text read" },
  "review.page": { vi: "Trang {page}", en: "Page {page}" },
  "review.lineOf": { vi: "dòng {line}", en: "line {line}" },
  "review.field./title": { vi: "Trích yếu (tên kế hoạch)", en: "Title" },
  "review.field./unit": {
    vi: "Đơn vị (kèm loại: xã, phường, huyện, tỉnh…)",
    en: "Unit (with its kind: xã, phường, huyện, tỉnh…)",
  },
  "review.field./period": { vi: "Năm (kỳ kế hoạch)", en: "Year (the plan's period)" },
  "review.field./number": { vi: "Số hiệu (15/KH-UBND)", en: "Number (15/KH-UBND)" },
  "review.field./issueDate": { vi: "Ngày ban hành", en: "Issue date" },
  "review.field./issuer": { vi: "Cơ quan ban hành", en: "Issuer" },
  "review.missing": { vi: "không có trong văn bản", en: "not in the text" },
  "review.unsure": { vi: "chưa chắc ({confidence})", en: "unsure ({confidence})" },
  "review.accept": { vi: "Chấp nhận", en: "Accept" },
  "review.acceptField": { vi: "Chấp nhận {field}", en: "Accept {field}" },
  "review.correct": { vi: "Sửa", en: "Correct" },
  "review.correctField": { vi: "Lưu giá trị sửa của {field}", en: "Save the correction of {field}" },
  "review.acceptAll": { vi: "Chấp nhận tất cả", en: "Accept all" },
  "review.showLine": { vi: "Xem dòng nguồn", en: "Show the source line" },
  "review.state.accepted": { vi: "đã chấp nhận", en: "accepted" },
  "review.state.corrected": { vi: "đã sửa", en: "corrected" },
  "review.correctedBadge": { vi: "ĐÃ RÀ SOÁT", en: "REVIEWED" },
  "review.noPlan": {
    vi: "Tệp này không cho kế hoạch nào để rà soát: {codes}",
    en: "This file gives no plan to review: {codes}",
  },
  "review.bad.empty": { vi: "Hãy nhập một giá trị.", en: "Enter a value." },
  "review.bad.year": {
    vi: "“{value}” không phải một năm (1945–2100) hay một khoảng năm như 2021-2025.",
    en: "“{value}” is not a year (1945–2100) or a span such as 2021-2025.",
  },
  "review.bad.number": {
    vi: "“{value}” không phải số hiệu dạng 15/KH-UBND.",
    en: "“{value}” is not a number like 15/KH-UBND.",
  },
  "review.bad.date": {
    vi: "“{value}” không phải một ngày (ví dụ 05/03/2024 hoặc ngày 5 tháng 3 năm 2024).",
    en: "“{value}” is not a date (e.g. 05/03/2024 or ngày 5 tháng 3 năm 2024).",
  },
  "review.bad.unit": {
    vi: "“{value}” không nêu loại và tên đơn vị (ví dụ xã Gia Tân, phường Trúc Lâm).",
    en: "“{value}” does not give a unit's kind and name (e.g. xã Gia Tân, phường Trúc Lâm).",
  },
  "review.bad.unitNotFound": {
    vi: "Không có “{value}” trong danh mục đơn vị hành chính — {era}.",
    en: "“{value}” is not in the list of administrative units — {era}.",
  },
  "review.bad.field": { vi: "Không sửa được trường {field}.", en: "Field {field} cannot be corrected." },
  "review.bad.schema": {
    vi: "Kế hoạch sau khi sửa không hợp lệ: {reason}",
    en: "The corrected plan is not valid: {reason}",
  },
  "data.syntheticBanner": {
    vi: "Đang xem dữ liệu GIẢ LẬP: các kế hoạch này được sinh tự động và không mô tả đơn vị nào thật sự.",
    en: "You are viewing SYNTHETIC data: these plans were generated and describe no real unit's plan.",
  },

  "units.title": { vi: "Đơn vị", en: "Units" },
  "units.intro": {
    vi: "Chọn các đơn vị cần so sánh. Lọc theo tỉnh, cấp và thời kỳ; ô tìm kiếm khớp tên có hoặc không dấu (“son mau” tìm được “Sơn Mầu”).",
    en: "Choose the units to compare. Filter by province, level and era; the search box matches names with or without diacritics (“son mau” finds “Sơn Mầu”).",
  },
  "units.search": { vi: "Tìm đơn vị", en: "Search units" },
  "units.searchPlaceholder": { vi: "ví dụ: gia tan, Tây Ninh", en: "e.g. gia tan, Tây Ninh" },
  "units.province": words.province.one,
  "units.level": words.level.one,
  "units.era": { vi: "Thời kỳ", en: "Era" },
  "units.any": { vi: "Tất cả", en: "All" },
  "units.found": {
    vi: "{count} đơn vị khớp; {selected} đang chọn.",
    en: "{count} units match; {selected} selected.",
  },
  "units.loading": {
    vi: "Dữ liệu giả lập vẫn đang được sinh ({done} / {total} kế hoạch); danh sách sẽ còn dài thêm.",
    en: "Synthetic data is still being generated ({done} / {total} plans); the list will grow.",
  },
  "units.more": {
    vi: "Chỉ hiện {shown} đơn vị đầu; hãy lọc thêm để thấy các đơn vị khác.",
    en: "Showing the first {shown} units; filter further to see the others.",
  },
  "units.selectAll": { vi: "Chọn các đơn vị đang hiện", en: "Select the units shown" },
  "units.clear": { vi: "Bỏ chọn tất cả", en: "Clear selection" },
  "units.list": { vi: "Danh sách đơn vị", en: "List of units" },
  "units.successor": { vi: "Thêm đơn vị kế thừa 2025", en: "Add the 2025 successor" },
  "units.successorOf": {
    vi: "Thêm đơn vị kế thừa 2025 của {unit}",
    en: "Add the 2025 successor of {unit}",
  },
  "units.noSuccessor": {
    vi: "Không có kế hoạch của đơn vị kế thừa 2025 của {unit} trong dữ liệu đang mở.",
    en: "No plan of the 2025 successor of {unit} is in the open data.",
  },
  "units.successorAdded": {
    vi: "Đã đặt {unit} cạnh đơn vị kế thừa: {successors}.",
    en: "Placed {unit} beside its successor: {successors}.",
  },
  "units.none": { vi: "Chưa chọn đơn vị nào.", en: "No unit selected." },
  "units.noneHint": {
    vi: "Hãy chọn ít nhất một đơn vị ở mục 2 để xem kết quả.",
    en: "Choose at least one unit in section 2 to see results.",
  },

  "level.central": levels.central.short,
  "level.province": levels.province.short,
  "level.district": levels.district.short,
  "level.commune": levels.commune.short,
  /** A header field a draft leaves blank (unit, tier, period, title, issuer): shown as such, never guessed. */
  "value.unknown": {
    vi: `(${vocabulary.values.unknown.vi})`,
    en: `(${vocabulary.values.unknown.en})`,
  },
  "era.three-tier": eras["three-tier"].long,
  "era.two-tier": eras["two-tier"].long,

  "compare.title": { vi: "So sánh các đơn vị", en: "Comparison of units" },
  "compare.intro": {
    vi: "Mỗi cột là một kế hoạch, mỗi dòng một chỉ số: số hoạt động, chủ đề và hình thức được phủ, cơ quan chủ trì, sản phẩm dự kiến mỗi năm, chế độ báo cáo.",
    en: "One column per plan, one row per measure: activities, themes and channels covered, lead offices, expected outputs a year, reporting cadence.",
  },
  "compare.measure": { vi: "Chỉ số", en: "Measure" },

  "heatmap.hint": {
    vi: "Di chuột lên một ô để xem các hoạt động đứng sau.",
    en: "Hover a cell to see the activities behind it.",
  },
  "scorecard.peerGaps": { vi: "Khoảng trống so với đơn vị cùng cấp", en: "Peer gaps" },
  "scorecard.peerShare": {
    vi: "{label}: {share}% của {peers} đơn vị cùng cấp có",
    en: "{label}: {share}% of {peers} peers cover it",
  },
  "scorecard.noPeerGaps": { vi: "không có", en: "none" },
  "scorecard.peersFrom": {
    vi: "Đơn vị cùng cấp: {count} kế hoạch cùng cấp trong dữ liệu đang mở.",
    en: "Peers: the {count} plans of the same level in the open data.",
  },
  "completeness.title": {
    vi: "Mức đầy đủ kế hoạch của đơn vị cấp dưới",
    en: "Plan completeness of a parent's children",
  },
  "completeness.intro": {
    vi: "Với đơn vị cấp trên, bao nhiêu đơn vị trực thuộc đã có kế hoạch trong dữ liệu đang mở (tỷ lệ như DHIS2: có kế hoạch / phải có).",
    en: "For a parent unit, how many of the units directly under it have a plan in the open data (a DHIS2-style rate: has a plan / expected).",
  },
  "completeness.parent": { vi: "Đơn vị cấp trên", en: "Parent unit" },
  "completeness.summary": {
    vi: "{parent}: {hasPlan}/{expected} đơn vị trực thuộc có kế hoạch ({rate}).",
    en: "{parent}: {hasPlan} of {expected} units under it have a plan ({rate}).",
  },
  "completeness.noParent": {
    vi: "Không có đơn vị cấp trên nào có mã đơn vị trong dữ liệu đang mở.",
    en: "No parent unit with an official code is in the open data.",
  },
  "completeness.unit": words.unit.one,
  "completeness.status": { vi: "Trạng thái", en: "Status" },
  "completeness.plans": words.plan.many,
  "completeness.has-plan": { vi: "có kế hoạch", en: "has a plan" },
  "completeness.missing": { vi: "chưa có", en: "missing" },
  "completeness.not-expected": { vi: "không phải có", en: "not expected" },
  "compliance.title": {
    vi: "Mức tuân thủ của kế hoạch cấp dưới",
    en: "Compliance of each child with its parent",
  },
  "compliance.intro": {
    vi: "Mỗi kế hoạch được chọn, đối chiếu với kế hoạch cấp trên của nó (nếu có trong dữ liệu): chủ đề, hình thức, chỉ tiêu, chế độ báo cáo và hạn ban hành mà cấp trên yêu cầu.",
    en: "Each chosen plan against its parent plan (when that is in the data): the themes, channels, quotas, reporting and deadline the parent requires.",
  },
  "compliance.none": {
    vi: "Không kế hoạch nào được chọn có kế hoạch cấp trên trong dữ liệu đang mở. Trong dữ liệu giả lập, kế hoạch cấp trên của mọi đơn vị đều có sẵn.",
    en: "No chosen plan has its parent plan in the open data. Try the synthetic data, where every plan's parent is present.",
  },
  "compliance.check": { vi: "Yêu cầu", en: "Requirement" },
  "compliance.kind": { vi: "Loại", en: "Kind" },
  "compliance.status": { vi: "Kết quả", en: "Result" },
  "compliance.reason": { vi: "Lý do", en: "Reason" },
  "compliance.child": words.plan.one,
  "compliance.parentPlan": { vi: "Cấp trên", en: "Parent" },
  "compliance.met": { vi: "đạt", en: "met" },
  "compliance.not-met": { vi: "chưa đạt", en: "not met" },
  "compliance.not-applicable": { vi: "không áp dụng", en: "not applicable" },
  "compliance.themes": lowered(words.theme.one),
  "compliance.channels": lowered(words.channel.one),
  "compliance.quotas": { vi: "chỉ tiêu", en: "quota" },
  "compliance.reporting": { vi: "báo cáo", en: "reporting" },
  "compliance.deadline": { vi: "hạn ban hành", en: "deadline" },
  "compliance.codeMet": { vi: "kế hoạch cấp dưới nêu {codes}", en: "the child plan names {codes}" },
  "compliance.codeNotMet": {
    vi: "kế hoạch cấp dưới không nêu {code} hay mục con nào của nó",
    en: "the child plan names neither {code} nor a code below it",
  },
  "compliance.summary": {
    vi: "{child} so với {parent}: {met} đạt, {notMet} chưa đạt, {na} không áp dụng.",
    en: "{child} against {parent}: {met} met, {notMet} not met, {na} not applicable.",
  },

  "plan.title": { vi: "Xem một kế hoạch", en: "One plan in full" },
  "plan.intro": {
    vi: "Mọi trường của một kế hoạch, các vấn đề kiểm tra phát hiện (mỗi vấn đề dẫn tới trường liên quan và các dòng văn bản gốc), các hoạt động, nơi báo cáo khi có vướng mắc, và các mục nội dung, hình thức tuyên truyền với tiêu đề của chúng.",
    en: "Every field of one plan, the issues validation finds (each linked to its field and to the lines of the original document), its activities, whom to tell when problems arise, and its content and forms items with their headings.",
  },
  "plan.choose": words.plan.one,
  "plan.issues": { vi: "Vấn đề kiểm tra", en: "Validation issues" },
  "plan.noIssues": { vi: "Không phát hiện vấn đề nào.", en: "No issues found." },
  "plan.issueCount": {
    vi: "{errors} lỗi, {warnings} cảnh báo, {infos} ghi chú.",
    en: "{errors} errors, {warnings} warnings, {infos} notes.",
  },
  "plan.severity.error": { vi: "Lỗi", en: "Error" },
  "plan.severity.warning": { vi: "Cảnh báo", en: "Warning" },
  "plan.severity.info": { vi: "Ghi chú", en: "Note" },
  "plan.goToField": { vi: "Tới trường {path}", en: "Go to field {path}" },
  "plan.goToSource": { vi: "Dòng gốc {lines}", en: "Source lines {lines}" },
  "plan.fields": { vi: "Các trường", en: "Fields" },
  "plan.activities": { vi: "Hoạt động ({count})", en: "Activities ({count})" },
  "plan.source": { vi: "Văn bản gốc", en: "Original document" },
  "plan.sourceNone": {
    vi: "Không có văn bản gốc cho kế hoạch này (chỉ năm kế hoạch thật có văn bản gốc kèm theo).",
    en: "No original document for this plan (only the five real plans come with theirs).",
  },
  "plan.lines": { vi: "dòng {start}–{end}", en: "lines {start}–{end}" },
  "plan.activity": words.activity.one,
  "plan.themes": words.theme.many,
  "plan.channels": words.channel.many,
  "plan.lead": { vi: "Chủ trì", en: "Lead" },
  "plan.requested": { vi: "Đề nghị", en: "Requested" },
  "plan.issuer": {
    vi: "Cơ quan ban hành: {issuer} ({body}, {level})",
    en: "Issued by: {issuer} ({body}, {level})",
  },
  "plan.issuerBody.people-committee": { vi: "Ủy ban nhân dân", en: "People's Committee" },
  "plan.issuerBody.chair": { vi: "Chủ tịch UBND", en: "Chair of the People's Committee" },
  "plan.issuerBody.ministry": { vi: "Bộ, ngành trung ương", en: "Ministry" },
  "plan.issuerBody.department": { vi: "Sở, ban, ngành tỉnh", en: "Provincial department" },
  "plan.issuerBody.office": { vi: "Phòng, ban cấp huyện", en: "District office" },
  "plan.issuerBody.party": { vi: "Cấp ủy, ban của Đảng", en: "Party body" },
  "plan.issuerBody.front": { vi: "Mặt trận Tổ quốc, đoàn thể", en: "Front or mass organisation" },
  "plan.issuerBody.other": { vi: "Khác", en: "Other" },
  "plan.when": { vi: "Thời gian", en: "When" },
  "plan.origin": { vi: "Nguồn", en: "Origin" },
  "plan.none": { vi: "Chưa chọn kế hoạch.", en: "No plan chosen." },
  "plan.contentItems": { vi: "Nội dung tuyên truyền ({count})", en: "Content items ({count})" },
  "plan.formsItems": { vi: "Hình thức tuyên truyền ({count})", en: "Forms items ({count})" },
  "plan.itemRef": { vi: "Mục", en: "Item" },
  "plan.heading": { vi: "Tiêu đề", en: "Heading" },
  "plan.text": { vi: "Nội dung", en: "Text" },
  "plan.escalation": {
    vi: "Khi có khó khăn, vướng mắc",
    en: "When problems arise",
  },
  "plan.escalationNone": {
    vi: "Kế hoạch không nêu phải báo cáo ai khi có khó khăn, vướng mắc.",
    en: "The plan does not say whom to tell when problems arise.",
  },
  "plan.escalationVia": {
    vi: "“{trigger}”: {reporters} báo cáo {to}, qua {via}.",
    en: "“{trigger}”: {reporters} report to {to}, through {via}.",
  },
  "plan.escalationDirect": {
    vi: "“{trigger}”: {reporters} báo cáo {to}.",
    en: "“{trigger}”: {reporters} report to {to}.",
  },
  "plan.escalationReportersUnstated": {
    vi: "(không nêu ai báo cáo)",
    en: "(who reports is not stated)",
  },
  "plan.escalationToUnstated": { vi: "(không nêu nơi nhận)", en: "(recipient not stated)" },
  "plan.listSeparator": { vi: ", ", en: ", " },

  "chart.showTable": { vi: "Bảng số liệu", en: "Data table" },
  "chart.summary": { vi: "Tóm tắt", en: "Summary" },
  "chart.exportCsv": { vi: "CSV", en: "CSV" },
  "chart.exportJson": { vi: "JSON", en: "JSON" },
  "chart.exportSvg": { vi: "SVG", en: "SVG" },
  "chart.exportPng": { vi: "PNG", en: "PNG" },
  "chart.export": { vi: "Tải xuống", en: "Download" },
  "chart.exportLabel": { vi: "Tải {what} dạng {format}", en: "Download {what} as {format}" },
  "chart.pending": {
    vi: "Biểu đồ này đang được xây dựng trong thư viện phân tích và sẽ hiện ở đây.",
    en: "This chart is being built in the analytics library and will appear here.",
  },
  "chart.failed": {
    vi: "Không vẽ được biểu đồ này: {reason}",
    en: "Could not draw this chart: {reason}",
  },
  "chart.hoverNone": {
    vi: "Di chuột lên một ô, hoặc Tab tới biểu đồ rồi dùng phím mũi tên, để xem các hoạt động đứng sau ô đó.",
    en: "Hover over a cell, or Tab to the chart and use the arrow keys, to see the activities behind it.",
  },
  "chart.behind": { vi: "Hoạt động đứng sau ô này:", en: "Activities behind this cell:" },
  "chart.keys": {
    vi: "{chart}: dùng phím mũi tên để đi qua các ô",
    en: "{chart}: use the arrow keys to move between cells",
  },
  ...reviewPagesMessages,
} as const satisfies MessageCatalogue;

/** A key of the notebook's message catalogue. */
export type MessageKey = keyof typeof messages;
