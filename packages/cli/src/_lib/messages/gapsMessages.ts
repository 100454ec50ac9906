import type { MessageCatalogue } from "@parcomms/core";

/** The messages of `parcomms gaps`: its one-line summary, its help and what it says. */
export const gapsMessages = {
  "cli.gaps.summary": { vi: "khoảng trống chủ đề và hình thức", en: "theme and channel coverage gaps" },
  "cli.gaps.help": {
    vi: `Cách dùng: parcomms gaps <tệp hoặc thư mục…> [--peers <tệp…>] [--level top|leaf] [--min-peer-share x] [--format table|json|csv] [--lang vi|en]

Khoảng trống về nội dung: với mỗi kế hoạch, các chủ đề và hình thức áp dụng
được mà kế hoạch không nhắc tới (khoảng trống tuyệt đối), và những gì đa số
đơn vị tương đương (cùng cấp) có mà kế hoạch không có (khoảng trống so với
đơn vị tương đương). Đơn vị tương đương là các kế hoạch khác trong đầu vào và
các kế hoạch của --peers.

Tùy chọn:
  --peers <tệp…>        kế hoạch của các đơn vị để so sánh (mọi tệp sau --peers,
                        đến tùy chọn tiếp theo)
  --level top|leaf      mức danh mục (mặc định top)
  --min-peer-share x    tỷ lệ đơn vị tương đương tối thiểu, 0 đến 1 (mặc định
                        của coverageGaps)
  --format <f>          table (mặc định), json (toàn bộ kết quả, kèm bảng điểm) hoặc csv
  --lang vi|en          ngôn ngữ (mặc định vi)
  -h, --help            hiện trợ giúp này

Mã thoát: 0 xong, 1 có tệp không đọc được, 2 dòng lệnh sai.

Ví dụ:
  parcomms gaps packages/sample-data/data/real-plans.jsonl
  parcomms gaps packages/sample-data/data/plans/000_34833a3694ee8a96.json --peers packages/sample-data/data/plans/003_c2f82bd70c212939.json packages/sample-data/data/plans/004_f3b844502d811123.json
`,
    en: `Usage: parcomms gaps <files or folders…> [--peers <files…>] [--level top|leaf] [--min-peer-share x] [--format table|json|csv] [--lang vi|en]

Coverage gaps: for each plan, the themes and channels that apply to it and
that it never mentions (absolute gaps), and those most comparable units (same
level) cover and it does not (peer gaps). The peers are the other plans of
the input and the plans of --peers.

Options:
  --peers <files…>      plans of units to compare with (every file after
                        --peers, up to the next option)
  --level top|leaf      codelist level (default top)
  --min-peer-share x    least share of peers, 0 to 1 (default: coverageGaps')
  --format <f>          table (default), json (the whole result, with the scorecard) or csv
  --lang vi|en          language (default vi)
  -h, --help            show this help

Exit codes: 0 done, 1 a file could not be read, 2 bad command line.

Examples:
  parcomms gaps packages/sample-data/data/real-plans.jsonl
  parcomms gaps packages/sample-data/data/plans/000_34833a3694ee8a96.json --peers packages/sample-data/data/plans/003_c2f82bd70c212939.json packages/sample-data/data/plans/004_f3b844502d811123.json
`,
  },
  "cli.gaps.column.kind": { vi: "Loại", en: "Kind" },
  "cli.gaps.column.code": { vi: "Mã", en: "Code" },
  "cli.gaps.column.label": { vi: "Chưa có trong kế hoạch", en: "Missing from the plan" },
  "cli.gaps.column.peer-share": { vi: "% đơn vị tương đương có", en: "% of peers with it" },
  "cli.gaps.bad-min-peer-share": {
    vi: "--min-peer-share phải là số từ 0 đến 1 (nhận được {got}).",
    en: "--min-peer-share must be a number from 0 to 1 (got {got}).",
  },
  "cli.gaps.no-peers": { vi: "--peers cần ít nhất một tệp.", en: "--peers needs at least one file." },
} as const satisfies MessageCatalogue;
