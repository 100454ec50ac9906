import { compareUnits } from "@parcomms/analytics";
import type { LocalizedText } from "@parcomms/core";
import { successorsOf } from "@parcomms/sample-data";
import type { Command } from "../_lib/Command";
import { choiceOf, parseCommandArgs } from "../_lib/parseCommandArgs";
import { readInputPlans } from "../_lib/readInputPlans";
import type { TextTable } from "../_lib/TextTable";
import { TABLE_FORMATS, writeTable } from "../_lib/writeTable";

const HELP: LocalizedText = {
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
};

/** `parcomms compare`: `compareUnits` as a table, measures down, plans across. */
export const compareCommand: Command = {
  name: "compare",
  summary: { vi: "so sánh các kế hoạch cạnh nhau", en: "compare plans side by side" },
  help: HELP,
  async run({ io, language, args }) {
    const { values, positionals } = parseCommandArgs(args, {
      format: { type: "string" },
      level: { type: "string" },
      differs: { type: "boolean" },
    });
    if (values.help) {
      io.stdout.write(HELP[language]);
      return 0;
    }
    const format = choiceOf(values, "format", TABLE_FORMATS, "table");
    const level = choiceOf(values, "level", ["top", "leaf"] as const, "top");
    const { plans, failed } = await readInputPlans(positionals, io, language);
    const comparison = compareUnits(plans, { language, level, successors: successorsOf });
    const rows = values.differs ? comparison.rows.filter((r) => r.differs) : comparison.rows;
    const measure = { vi: "Chỉ tiêu", en: "Measure" }[language];
    const table: TextTable = {
      columns: [
        { key: "measure", label: measure },
        ...comparison.columns.map((c, i) => ({ key: `c${i}`, label: c.label })),
      ],
      rows: rows.map((row) => ({
        measure: row.label,
        ...Object.fromEntries(row.cells.map((cell, i) => [`c${i}`, cell.label])),
      })),
    };
    writeTable(io, format, table, { ...comparison, rows });
    if (format === "table" && comparison.pairs.length > 0) {
      const heading = (planId: string) =>
        comparison.columns.find((c) => c.planId === planId)?.label ?? planId;
      const share = {
        full: { vi: "toàn bộ", en: "all of it" },
        partial: { vi: "một phần", en: "part of it" },
      };
      io.stdout.write(`\n${{ vi: "Đơn vị kế thừa năm 2025", en: "2025 successors" }[language]}:\n`);
      for (const pair of comparison.pairs) {
        io.stdout.write(`  ${heading(pair.from)} → ${heading(pair.to)} (${share[pair.share][language]})\n`);
      }
    }
    return failed || plans.length === 0 ? 1 : 0;
  },
};
