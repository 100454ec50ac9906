import type { MessageCatalogue } from "@parcomms/core";

/** The messages of `parcomms generate`: its one-line summary, its help and what it says. */
export const generateMessages = {
  "cli.generate.summary": {
    vi: "tạo bộ dữ liệu giả lập toàn quốc",
    en: "generate a synthetic national dataset",
  },
  "cli.generate.help": {
    vi: `Cách dùng: parcomms generate --era <three-tier|two-tier> --seed <số nguyên> --out <kế-hoạch.jsonl> [tùy chọn] [--lang vi|en]

Tạo bộ dữ liệu giả lập toàn quốc: mỗi đơn vị hành chính của thời kỳ một kế hoạch
tuyên truyền cải cách hành chính, một số kế hoạch có lỗi cài sẵn, ghi ra JSON Lines
(mỗi dòng một kế hoạch). Cùng tùy chọn cho cùng một tệp.

Tùy chọn:
  --era <thời kỳ>        three-tier (đơn vị năm 2024) hoặc two-tier (từ 01/7/2025)
  --seed <số nguyên>     hạt giống của bộ sinh
  --out <tệp>            nơi ghi các kế hoạch (JSON Lines)
  --size <cỡ>            national (mặc định, cả nước) hoặc small (hai tỉnh)
  --defect-share <x>     tỉ lệ kế hoạch có lỗi cài sẵn, từ 0 đến 1 (mặc định 0.1)
  --year <năm>           năm của các kế hoạch (mặc định 2024 với three-tier, 2025 với two-tier)
  --defects <tệp>        nơi ghi các lỗi cài sẵn và thông tin bộ dữ liệu
                         (mặc định: tệp kế hoạch với đuôi .defects.json)
  --quiet                chỉ in lỗi
  --lang vi|en           ngôn ngữ thông báo (mặc định vi)
  -h, --help             hiện trợ giúp này

Mã thoát: 0 xong, 1 không ghi được tệp, 2 dòng lệnh sai.

Ví dụ:
  parcomms generate --era two-tier --seed 7 --size small --out syn.jsonl
  parcomms summary syn.jsonl --format csv > syn-summary.csv
`,
    en: `Usage: parcomms generate --era <three-tier|two-tier> --seed <integer> --out <plans.jsonl> [options] [--lang vi|en]

Generates a synthetic national dataset of plans for communicating administrative
reform, one plan per unit of the era, some with a planted defect, and writes it
as JSON Lines (one plan a line). The same options give the same file.

Options:
  --era <era>            three-tier (2024 units) or two-tier (from 1 July 2025)
  --seed <integer>       seed of the generator
  --out <file>           where to write the plans (JSON Lines)
  --size <size>          national (default) or small (two provinces)
  --defect-share <x>     share of plans with a planted defect, 0 to 1 (default 0.1)
  --year <year>          year of the plans (default 2024 three-tier, 2025 two-tier)
  --defects <file>       where to write the planted defects and the meta
                         (default: the plans file with .defects.json)
  --quiet                print nothing but errors
  --lang vi|en           language of messages (default vi)
  -h, --help             show this help

Exit codes: 0 done, 1 a file could not be written, 2 bad command line.

Examples:
  parcomms generate --era two-tier --seed 7 --size small --out syn.jsonl
  parcomms summary syn.jsonl --format csv > syn-summary.csv
`,
  },
  "cli.generate.no-inputs": {
    vi: "Lệnh generate không nhận tệp đầu vào (nhận được {got}).",
    en: "generate takes no input files (got {got}).",
  },
  "cli.generate.missing-option.one": { vi: "Cần {names}.", en: "{names} is required." },
  "cli.generate.missing-option.many": { vi: "Cần {names}.", en: "{names} are required." },
  "cli.generate.bad-seed": {
    vi: "--seed phải là số nguyên (nhận được {got}).",
    en: "--seed must be an integer (got {got}).",
  },
  "cli.generate.bad-defect-share": {
    vi: "--defect-share phải là số từ 0 đến 1 (nhận được {got}).",
    en: "--defect-share must be a number from 0 to 1 (got {got}).",
  },
  "cli.generate.bad-year": {
    vi: "--year phải là một năm từ 1945 đến 2100 (nhận được {got}).",
    en: "--year must be a year from 1945 to 2100 (got {got}).",
  },
  "cli.generate.year-after-three-tier": {
    vi: "Chính quyền ba cấp kết thúc năm 2025: --year không quá 2025 với three-tier (nhận được {got}).",
    en: "The three-tier era ended in 2025: --year is at most 2025 with three-tier (got {got}).",
  },
  "cli.generate.year-before-two-tier": {
    vi: "Chính quyền hai cấp bắt đầu năm 2025: --year từ 2025 với two-tier (nhận được {got}).",
    en: "The two-tier era began in 2025: --year is 2025 or later with two-tier (got {got}).",
  },
  "cli.generate.done": {
    vi: "Đã ghi {plans} kế hoạch giả lập ({defects} kế hoạch có lỗi cài sẵn) vào {out} trong {seconds} giây; lỗi cài sẵn và thông tin bộ dữ liệu trong {defectsPath}.",
    en: "Wrote {plans} synthetic plans ({defects} with a planted defect) to {out} in {seconds} s; defects and meta in {defectsPath}.",
  },
} as const satisfies MessageCatalogue;
