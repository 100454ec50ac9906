import type { MessageCatalogue } from "@parcomms/core";

/** The messages of `parcomms export`: its one-line summary, its help and what it says. */
export const exportMessages = {
  "cli.export.summary": {
    vi: "xuất sang Parquet, CSV, Arrow hoặc JSON Lines",
    en: "export to Parquet, CSV, Arrow or JSON Lines",
  },
  "cli.export.help": {
    vi: `Cách dùng: parcomms export <tệp hoặc thư mục…> --format parquet|csv|arrow|jsonl --out <thư mục> [--formulas neutralise|keep] [--lang vi|en]

Xuất kế hoạch sang định dạng cho công cụ phân tích khác: các bảng Parquet,
CSV hoặc Apache Arrow (plans, activities, activity_themes … một tệp mỗi bảng, xem
docs/data.md) hoặc JSON Lines (plans.jsonl, mỗi dòng một kế hoạch). Thư mục
được tạo nếu chưa có; tệp cùng tên bị ghi đè.

Tùy chọn:
  --format <f>    parquet, csv, arrow hoặc jsonl (bắt buộc)
  --out <thư mục> nơi ghi các tệp (bắt buộc)
  --formulas <m>  CSV: neutralise (mặc định) thêm dấu nháy ' trước ô chữ bắt đầu
                  bằng = + - @, tab hoặc CR để bảng tính không chạy nó như công
                  thức (đọc lại bảng thì dấu nháy được bỏ); keep ghi nguyên văn
                  cho pandas, R, DuckDB
  --lang vi|en    ngôn ngữ (mặc định vi)
  -h, --help      hiện trợ giúp này

Mã thoát: 0 xong, 1 có tệp không đọc được hoặc không ghi được, 2 dòng lệnh sai.

Ví dụ:
  parcomms export packages/sample-data/data/real-plans.jsonl --format csv --out bang
  parcomms export packages/sample-data/data/csv --format jsonl --out ra
  parcomms export packages/sample-data/data/real-plans.jsonl --format parquet --out bang
`,
    en: `Usage: parcomms export <files or folders…> --format parquet|csv|arrow|jsonl --out <folder> [--formulas neutralise|keep] [--lang vi|en]

Exports plans for other analysis tools: Parquet, CSV or Apache Arrow tables (plans,
activities, activity_themes … one file per table, see docs/data.md) or JSON
Lines (plans.jsonl, one plan a line). The folder is created when missing;
files of the same name are overwritten.

Options:
  --format <f>    parquet, csv, arrow or jsonl (required)
  --out <folder>  where to write the files (required)
  --formulas <m>  CSV: neutralise (default) puts an apostrophe ' before a text
                  cell starting with = + - @, tab or CR so that a spreadsheet
                  does not run it as a formula (reading the tables back removes
                  it); keep writes text as it is, for pandas, R, DuckDB
  --lang vi|en    language (default vi)
  -h, --help      show this help

Exit codes: 0 done, 1 a file could not be read or written, 2 bad command line.

Examples:
  parcomms export packages/sample-data/data/real-plans.jsonl --format csv --out tables
  parcomms export packages/sample-data/data/csv --format jsonl --out out
  parcomms export packages/sample-data/data/real-plans.jsonl --format parquet --out tables
`,
  },
  "cli.export.missing-option": {
    vi: "Cần cả --format và --out.",
    en: "Both --format and --out are required.",
  },
  "cli.export.done": {
    vi: "Đã ghi {plans} kế hoạch vào {count} tệp: {files}",
    en: "Wrote {plans} plan(s) to {count} file(s): {files}",
  },
} as const satisfies MessageCatalogue;
