import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { LocalizedText, Plan } from "@parcomms/core";
import { plansToJsonl, planTables, tablesToArrow, tablesToCsv, tablesToParquet } from "@parcomms/formats";
import type { Command } from "../_lib/Command";
import { choiceOf, parseCommandArgs } from "../_lib/parseCommandArgs";
import { readInputPlans } from "../_lib/readInputPlans";
import { UsageError } from "../_lib/UsageError";
import { writeOutput } from "../_lib/writeOutput";

const HELP: LocalizedText = {
  vi: `Cách dùng: parcomms export <tệp hoặc thư mục…> --format parquet|csv|arrow|jsonl --out <thư mục> [--lang vi|en]

Xuất kế hoạch sang định dạng cho công cụ phân tích khác: các bảng Parquet,
CSV hoặc Apache Arrow (plans, activities, activity_themes … một tệp mỗi bảng, xem
docs/data.md) hoặc JSON Lines (plans.jsonl, mỗi dòng một kế hoạch). Thư mục
được tạo nếu chưa có; tệp cùng tên bị ghi đè.

Tùy chọn:
  --format <f>    parquet, csv, arrow hoặc jsonl (bắt buộc)
  --out <thư mục> nơi ghi các tệp (bắt buộc)
  --lang vi|en    ngôn ngữ (mặc định vi)
  -h, --help      hiện trợ giúp này

Mã thoát: 0 xong, 1 có tệp không đọc được hoặc không ghi được, 2 dòng lệnh sai.

Ví dụ:
  parcomms export packages/sample-data/data/real-plans.jsonl --format csv --out bang
  parcomms export packages/sample-data/data/csv --format jsonl --out ra
  parcomms export packages/sample-data/data/real-plans.jsonl --format parquet --out bang
`,
  en: `Usage: parcomms export <files or folders…> --format parquet|csv|arrow|jsonl --out <folder> [--lang vi|en]

Exports plans for other analysis tools: Parquet, CSV or Apache Arrow tables (plans,
activities, activity_themes … one file per table, see docs/data.md) or JSON
Lines (plans.jsonl, one plan a line). The folder is created when missing;
files of the same name are overwritten.

Options:
  --format <f>    parquet, csv, arrow or jsonl (required)
  --out <folder>  where to write the files (required)
  --lang vi|en    language (default vi)
  -h, --help      show this help

Exit codes: 0 done, 1 a file could not be read or written, 2 bad command line.

Examples:
  parcomms export packages/sample-data/data/real-plans.jsonl --format csv --out tables
  parcomms export packages/sample-data/data/csv --format jsonl --out out
  parcomms export packages/sample-data/data/real-plans.jsonl --format parquet --out tables
`,
};

const FORMATS = ["csv", "arrow", "parquet", "jsonl"] as const;

function filesOf(
  plans: readonly Plan[],
  format: (typeof FORMATS)[number],
): Record<string, string | Uint8Array> {
  if (format === "jsonl") return { "plans.jsonl": plansToJsonl(plans) };
  const tables = planTables(plans);
  if (format === "parquet") return tablesToParquet(tables);
  return format === "csv" ? tablesToCsv(tables) : tablesToArrow(tables);
}

/** `parcomms export`: the plans as sample-data's CSV or Arrow tables, or JSON Lines, in a folder. */
export const exportCommand: Command = {
  name: "export",
  summary: {
    vi: "xuất sang Parquet, CSV, Arrow hoặc JSON Lines",
    en: "export to Parquet, CSV, Arrow or JSON Lines",
  },
  help: HELP,
  async run({ io, language, args }) {
    const { values, positionals } = parseCommandArgs(args, {
      format: { type: "string" },
      out: { type: "string" },
    });
    if (values.help) {
      io.stdout.write(HELP[language]);
      return 0;
    }
    if (values.format === undefined || typeof values.out !== "string") {
      throw new UsageError("usage.missing-option", {
        vi: "Cần cả --format và --out.",
        en: "Both --format and --out are required.",
      });
    }
    const format = choiceOf(values, "format", FORMATS, "csv");
    const out = values.out;
    const { plans, failed } = await readInputPlans(positionals, io, language);
    const files = filesOf(plans, format);
    const written = writeOutput(io, language, out, () => {
      mkdirSync(resolve(io.cwd, out), { recursive: true });
      for (const [name, content] of Object.entries(files)) writeFileSync(resolve(io.cwd, out, name), content);
    });
    if (!written) return 1;
    const names = Object.keys(files).map((name) => join(out, name));
    io.stdout.write(
      language === "vi"
        ? `Đã ghi ${plans.length} kế hoạch vào ${names.length} tệp: ${names.join(", ")}\n`
        : `Wrote ${plans.length} plan(s) to ${names.length} file(s): ${names.join(", ")}\n`,
    );
    return failed || plans.length === 0 ? 1 : 0;
  },
};
