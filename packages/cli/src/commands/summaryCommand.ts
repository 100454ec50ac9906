import { coverageGaps, LEVEL_LABELS, unitLabels } from "@parcomms/analytics";
import type { LocalizedText, Plan } from "@parcomms/core";
import type { Command } from "../_lib/Command";
import { choiceOf, parseCommandArgs } from "../_lib/parseCommandArgs";
import { readInputPlans } from "../_lib/readInputPlans";
import type { TextTable } from "../_lib/TextTable";
import { TABLE_FORMATS, writeTable } from "../_lib/writeTable";

/** One plan in the summary (the JSON output is a list of these). */
interface PlanSummary {
  readonly planId: string;
  readonly unit: string;
  readonly province: string | null;
  readonly level: Plan["unit"]["level"];
  readonly era: Plan["unit"]["era"];
  readonly period: string;
  readonly activities: number;
  readonly themes: { readonly covered: number; readonly total: number };
  readonly channels: { readonly covered: number; readonly total: number };
  readonly offices: number;
}

const HELP: LocalizedText = {
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
};

const LABELS = {
  planId: { vi: "Mã kế hoạch", en: "Plan id" },
  unit: { vi: "Đơn vị", en: "Unit" },
  province: { vi: "Tỉnh", en: "Province" },
  level: { vi: "Cấp", en: "Level" },
  period: { vi: "Kỳ", en: "Period" },
  activities: { vi: "Hoạt động", en: "Activities" },
  themes: { vi: "Chủ đề", en: "Themes" },
  channels: { vi: "Hình thức", en: "Channels" },
  offices: { vi: "Cơ quan", en: "Offices" },
} as const satisfies Record<string, LocalizedText>;

const COUNT_WORDS = {
  covered: { vi: "đã phủ", en: "covered" },
  total: { vi: "áp dụng", en: "applicable" },
} as const satisfies Record<string, LocalizedText>;

/** The summary rows of the plans, coverage counted by `coverageGaps` so that it agrees with `parcomms gaps`. */
function summarise(plans: readonly Plan[]): PlanSummary[] {
  const gaps = coverageGaps(plans);
  return plans.map((plan, i) => {
    const coverage = gaps.units[i]?.coverage;
    const { unit, province } = unitLabels(plan);
    const { start, end } = plan.period;
    return {
      planId: plan.id,
      unit,
      province: province ?? null,
      level: plan.unit.level,
      era: plan.unit.era,
      period: start === end ? start : `${start}–${end}`,
      activities: plan.activities.length,
      themes: coverage?.themes ?? { covered: 0, total: 0 },
      channels: coverage?.channels ?? { covered: 0, total: 0 },
      offices: plan.offices.length,
    };
  });
}

/** `parcomms summary`: one line per plan. */
export const summaryCommand: Command = {
  name: "summary",
  summary: { vi: "tóm tắt mỗi kế hoạch một dòng", en: "one line per plan" },
  help: HELP,
  async run({ io, language, args }) {
    const { values, positionals } = parseCommandArgs(args, { format: { type: "string" } });
    if (values.help) {
      io.stdout.write(HELP[language]);
      return 0;
    }
    const format = choiceOf(values, "format", TABLE_FORMATS, "table");
    const { plans, failed } = await readInputPlans(positionals, io, language);
    const rows = summarise(plans);
    const keys = Object.keys(LABELS) as (keyof typeof LABELS)[];
    const table: TextTable = {
      columns: keys.map((key) => ({ key, label: LABELS[key][language] })),
      rows: rows.map((r) => ({
        ...r,
        level: LEVEL_LABELS[r.level][language],
        themes: `${r.themes.covered}/${r.themes.total}`,
        channels: `${r.channels.covered}/${r.channels.total}`,
      })),
    };
    const csv: TextTable = {
      columns: [
        ...table.columns.filter((c) => c.key !== "themes" && c.key !== "channels"),
        ...(["themes", "channels"] as const).flatMap((key) => [
          { key: `${key}Covered`, label: `${LABELS[key][language]} (${COUNT_WORDS.covered[language]})` },
          { key: `${key}Total`, label: `${LABELS[key][language]} (${COUNT_WORDS.total[language]})` },
        ]),
      ],
      rows: rows.map((r, i) => ({
        ...table.rows[i],
        themesCovered: r.themes.covered,
        themesTotal: r.themes.total,
        channelsCovered: r.channels.covered,
        channelsTotal: r.channels.total,
      })),
    };
    writeTable(io, format, table, rows, csv);
    return failed || plans.length === 0 ? 1 : 0;
  },
};
