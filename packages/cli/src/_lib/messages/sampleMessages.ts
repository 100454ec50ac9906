import type { MessageCatalogue } from "@parcomms/core";

/** The messages of `parcomms sample`: its one-line summary, its help and what it says. */
export const sampleMessages = {
  "cli.sample.summary": { vi: "in một trong năm kế hoạch thật", en: "print one of the five real plans" },
  "cli.sample.help": {
    vi: `Cách dùng: parcomms sample <tên|all> [--out <tệp>] [--lang vi|en]

In (hoặc ghi) một trong năm kế hoạch thật dạng JSON. Tên là mã kế hoạch
(003_c2f82bd70c212939), tên tệp gốc (003_c2f82bd70c212939.txt) hoặc ba chữ số
đầu (003); "all" cho cả năm kế hoạch (một mảng JSON).

  000  xã Sơn Mầu (Quảng Ngãi) 2024        001  thành phố Bắc Giang 2024
  002  tỉnh Tây Ninh 2024                  003  xã Gia Tân (Hải Dương) 2024
  004  phường Trúc Lâm (Thanh Hóa) 2025

Tùy chọn:
  --out <tệp>     ghi vào tệp thay vì in ra
  --lang vi|en    ngôn ngữ thông báo (mặc định vi)
  -h, --help      hiện trợ giúp này

Ví dụ:
  parcomms sample 003 --out gia-tan.json
  parcomms sample all > real-plans.json
`,
    en: `Usage: parcomms sample <name|all> [--out <file>] [--lang vi|en]

Prints (or writes) one of the five real plans as JSON. The name is the plan id
(003_c2f82bd70c212939), the seed file name (003_c2f82bd70c212939.txt) or its
first three digits (003); "all" gives the five plans (a JSON array).

  000  xã Sơn Mầu (Quảng Ngãi) 2024        001  thành phố Bắc Giang 2024
  002  tỉnh Tây Ninh 2024                  003  xã Gia Tân (Hải Dương) 2024
  004  phường Trúc Lâm (Thanh Hóa) 2025

Options:
  --out <file>    write to the file instead of printing
  --lang vi|en    language of messages (default vi)
  -h, --help      show this help

Examples:
  parcomms sample 003 --out gia-tan.json
  parcomms sample all > real-plans.json
`,
  },
  "cli.sample.unknown": {
    vi: "Không có kế hoạch mẫu tên {name}; dùng all hoặc một trong: {names}.",
    en: "No sample plan named {name}; use all or one of: {names}.",
  },
} as const satisfies MessageCatalogue;
