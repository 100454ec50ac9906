import type { MessageCatalogue } from "@parcomms/core";

/** The messages of `parcomms validate`: its one-line summary, its help and what it says. */
export const validateMessages = {
  "cli.validate.summary": {
    vi: "kiểm tra kế hoạch, báo lỗi và cảnh báo",
    en: "validate plans, report errors and warnings",
  },
  "cli.validate.help": {
    vi: `Cách dùng: parcomms validate <tệp hoặc thư mục…> [--json] [--lang vi|en]

Kiểm tra kế hoạch: cấu trúc theo mô hình Plan và các quy tắc của danh mục
(core \`rules\`). Mỗi vấn đề có mã, mức độ (lỗi, cảnh báo, ghi chú), vị trí
(dòng của JSON Lines/CSV, JSON Pointer trong kế hoạch) và thông báo.

Tùy chọn:
  --json          in báo cáo dạng JSON (thông báo bằng cả tiếng Việt và tiếng Anh)
  --lang vi|en    ngôn ngữ thông báo (mặc định vi)
  -h, --help      hiện trợ giúp này

Mã thoát: 0 mọi tệp dùng được (có thể có cảnh báo), 1 có lỗi, 2 dòng lệnh sai.

Ví dụ:
  parcomms validate packages/sample-data/data/plans/003_c2f82bd70c212939.json
  parcomms validate packages/sample-data/data/real-plans.jsonl --json
  parcomms validate packages/sample-data/data/csv --lang en
`,
    en: `Usage: parcomms validate <files or folders…> [--json] [--lang vi|en]

Validates plans: their structure against the Plan model and the rules of the
catalogue (core \`rules\`). Each issue has a code, a severity (error, warning,
info), a place (line of JSON Lines/CSV, JSON Pointer in the plan) and a message.

Options:
  --json          print the report as JSON (messages in Vietnamese and English)
  --lang vi|en    language of the messages (default vi)
  -h, --help      show this help

Exit codes: 0 every file is usable (warnings allowed), 1 errors, 2 bad command line.

Examples:
  parcomms validate packages/sample-data/data/plans/003_c2f82bd70c212939.json
  parcomms validate packages/sample-data/data/real-plans.jsonl --json
  parcomms validate packages/sample-data/data/csv --lang en
`,
  },
  "cli.validate.usable": { vi: "dùng được", en: "usable" },
  "cli.validate.not-usable": { vi: "KHÔNG dùng được", en: "NOT usable" },
  "cli.validate.counts": {
    vi: "{plans} kế hoạch, {errors} lỗi, {warnings} cảnh báo, {infos} ghi chú",
    en: "{plans} plan(s), {errors} error(s), {warnings} warning(s), {infos} info",
  },
  "cli.validate.total": {
    vi: "{files} tệp: {usable} dùng được, {bad} có lỗi.",
    en: "{files} file(s): {usable} usable, {bad} with errors.",
  },
} as const satisfies MessageCatalogue;
