import type { MessageCatalogue } from "@parcomms/core";

/** The messages of `parcomms summary`: its one-line summary, its help and what it says. */
export const summaryMessages = {
  "cli.summary.summary": { vi: "tóm tắt mỗi kế hoạch một dòng", en: "one line per plan" },
  "cli.summary.help": {
    vi: `Cách dùng: parcomms summary <tệp hoặc thư mục…> [--format table|json|csv] [--lang vi|en]

Tóm tắt mỗi kế hoạch một dòng: đơn vị, tỉnh, cấp, kỳ kế hoạch, số hoạt động,
số chủ đề và hình thức đã phủ (trên số áp dụng được, theo danh mục cấp trên cùng),
số cơ quan.

Tùy chọn:
  --format <f>    table (mặc định, căn cột cho màn hình), json hoặc csv
  --lang vi|en    ngôn ngữ (mặc định vi)
  -h, --help      hiện trợ giúp này

Mã thoát: 0 xong, 1 có tệp không đọc được, 2 dòng lệnh sai.

Ví dụ:
  parcomms summary packages/sample-data/data/plans
  parcomms summary packages/sample-data/data/real-plans.jsonl --format csv > tom-tat.csv
`,
    en: `Usage: parcomms summary <files or folders…> [--format table|json|csv] [--lang vi|en]

One line per plan: unit, province, level, plan period, number of activities,
themes and channels covered (of those that apply, top level of the codelists),
number of offices.

Options:
  --format <f>    table (default, aligned for the terminal), json or csv
  --lang vi|en    language (default vi)
  -h, --help      show this help

Exit codes: 0 done, 1 a file could not be read, 2 bad command line.

Examples:
  parcomms summary packages/sample-data/data/plans
  parcomms summary packages/sample-data/data/real-plans.jsonl --format csv > summary.csv
`,
  },
  "cli.summary.column.plan-id": { vi: "Mã kế hoạch", en: "Plan id" },
  "cli.summary.column.period": { vi: "Kỳ", en: "Period" },
  "cli.summary.count.covered": { vi: "{label} (đã phủ)", en: "{label} (covered)" },
  "cli.summary.count.total": { vi: "{label} (áp dụng)", en: "{label} (applicable)" },
} as const satisfies MessageCatalogue;
