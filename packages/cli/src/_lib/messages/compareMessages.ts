import type { MessageCatalogue } from "@parcomms/core";

/** The messages of `parcomms compare`: its one-line summary, its help and what it says. */
export const compareMessages = {
  "cli.compare.summary": { vi: "so sánh các kế hoạch cạnh nhau", en: "compare plans side by side" },
  "cli.compare.help": {
    vi: `Cách dùng: parcomms compare <tệp hoặc thư mục…> [--level top|leaf] [--differs] [--format table|json|csv] [--lang vi|en]

So sánh các kế hoạch cạnh nhau: mỗi kế hoạch một cột, mỗi chỉ tiêu một dòng
(số hoạt động, chủ đề và hình thức đã phủ, cơ quan chủ trì, sản phẩm dự kiến
mỗi năm, chế độ báo cáo, chỉ tiêu số lượng, thời kỳ, cấp, tỉnh, năm…).
Đơn vị năm 2024 và đơn vị kế thừa năm 2025 được ghép theo dữ liệu sáp nhập.

Tùy chọn:
  --level top|leaf  mức danh mục chủ đề và hình thức (mặc định top)
  --differs         chỉ hiện các dòng có giá trị khác nhau
  --format <f>      table (mặc định), json hoặc csv
  --lang vi|en      ngôn ngữ (mặc định vi)
  -h, --help        hiện trợ giúp này

Mã thoát: 0 xong, 1 có tệp không đọc được, 2 dòng lệnh sai.

Ví dụ:
  parcomms compare packages/sample-data/data/plans/003_c2f82bd70c212939.json packages/sample-data/data/plans/004_f3b844502d811123.json
  parcomms compare packages/sample-data/data/real-plans.jsonl --format json
`,
    en: `Usage: parcomms compare <files or folders…> [--level top|leaf] [--differs] [--format table|json|csv] [--lang vi|en]

Plans side by side: one column per plan, one row per measure (activities,
themes and channels covered, offices leading, expected outputs a year,
reporting cadence, quotas, era, level, province, year…). A 2024 unit and its
2025 successor are paired from the merger data.

Options:
  --level top|leaf  level of the theme and channel codelists (default top)
  --differs         only the rows whose values differ
  --format <f>      table (default), json or csv
  --lang vi|en      language (default vi)
  -h, --help        show this help

Exit codes: 0 done, 1 a file could not be read, 2 bad command line.

Examples:
  parcomms compare packages/sample-data/data/plans/003_c2f82bd70c212939.json packages/sample-data/data/plans/004_f3b844502d811123.json
  parcomms compare packages/sample-data/data/real-plans.jsonl --format json --lang en
`,
  },
  "cli.compare.column.measure": { vi: "Chỉ tiêu", en: "Measure" },
  "cli.compare.successors": { vi: "Đơn vị kế thừa năm 2025", en: "2025 successors" },
  "cli.compare.share.full": { vi: "toàn bộ", en: "all of it" },
  "cli.compare.share.partial": { vi: "một phần", en: "part of it" },
} as const satisfies MessageCatalogue;
