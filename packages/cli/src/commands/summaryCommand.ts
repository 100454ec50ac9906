import { coverageGaps, unitLabels } from "@parcomms/analytics";
import {
  type AdministrativeLevel,
  type Era,
  formatMessage,
  type Language,
  type LocalizedText,
  type Plan,
  planEra,
  planLevel,
  planTasks,
  vocabulary,
} from "@parcomms/core";
import type { Command } from "../_lib/Command";
import { cliText } from "../_lib/cliText";
import { summaryMessages } from "../_lib/messages/summaryMessages";
import { choiceOf, parseCommandArgs } from "../_lib/parseCommandArgs";
import { readInputPlans } from "../_lib/readInputPlans";
import type { TextTable } from "../_lib/TextTable";
import { TABLE_FORMATS, writeTable } from "../_lib/writeTable";

/** One plan in the summary (the JSON output is a list of these). */
interface PlanSummary {
  readonly planId: string;
  readonly unit: string;
  readonly province: string | null;
  /** Null for a draft that states no unit and no tier. */
  readonly level: AdministrativeLevel | null;
  /** Null when neither the unit nor the period says. */
  readonly era: Era | null;
  /** Null for a draft that states no period. */
  readonly period: string | null;
  readonly activities: number;
  readonly themes: { readonly covered: number; readonly total: number };
  readonly channels: { readonly covered: number; readonly total: number };
  readonly offices: number;
}

const { words } = vocabulary;
const unknown = (language: Language) => `(${vocabulary.values.unknown[language]})`;

const LABELS = {
  planId: cliText(summaryMessages, "cli.summary.column.plan-id", {}),
  unit: words.unit.one,
  province: words.province.one,
  level: words.level.one,
  period: cliText(summaryMessages, "cli.summary.column.period", {}),
  activities: words.activity.many,
  themes: words.theme.many,
  channels: words.channel.many,
  offices: words.office.many,
} as const satisfies Record<string, LocalizedText>;

/**
 * The summary rows of the plans, coverage counted by `coverageGaps` so that it agrees with `parcomms gaps`
 * (which also gives a plan with no unit, a central body's, its level and era). Activities are the pieces
 * of work (`planTasks`: a block's sub-tasks in place of the block).
 */
function summarise(plans: readonly Plan[], language: Language): PlanSummary[] {
  const gaps = coverageGaps(plans);
  return plans.map((plan, i) => {
    const gap = gaps.units[i];
    const coverage = gap?.coverage;
    const { unit, province } = unitLabels(plan, language);
    const period = plan.period;
    return {
      planId: plan.id,
      unit,
      province: province ?? null,
      level: gap?.level ?? planLevel(plan) ?? null,
      era: gap?.era ?? planEra(plan) ?? null,
      period: period ? (period.start === period.end ? period.start : `${period.start}–${period.end}`) : null,
      activities: planTasks(plan).length,
      themes: coverage?.themes ?? { covered: 0, total: 0 },
      channels: coverage?.channels ?? { covered: 0, total: 0 },
      offices: plan.offices.length,
    };
  });
}

/** `parcomms summary`: one line per plan. */
export const summaryCommand: Command = {
  name: "summary",
  summary: cliText(summaryMessages, "cli.summary.summary", {}),
  help: cliText(summaryMessages, "cli.summary.help", {}),
  async run({ io, language, args }) {
    const { values, positionals } = parseCommandArgs(args, { format: { type: "string" } });
    if (values.help) {
      io.stdout.write(formatMessage(summaryMessages, "cli.summary.help", {}, language));
      return 0;
    }
    const format = choiceOf(values, "format", TABLE_FORMATS, "table");
    const { plans, failed } = await readInputPlans(positionals, io, language);
    const rows = summarise(plans, language);
    const keys = Object.keys(LABELS) as (keyof typeof LABELS)[];
    const table: TextTable = {
      columns: keys.map((key) => ({ key, label: LABELS[key][language] })),
      rows: rows.map((r) => ({
        ...r,
        // A draft's unstated tier and period are shown as such, never guessed.
        level: r.level === null ? unknown(language) : vocabulary.levels[r.level].long[language],
        period: r.period ?? unknown(language),
        themes: `${r.themes.covered}/${r.themes.total}`,
        channels: `${r.channels.covered}/${r.channels.total}`,
      })),
    };
    const csv: TextTable = {
      columns: [
        ...table.columns.filter((c) => c.key !== "themes" && c.key !== "channels"),
        ...(["themes", "channels"] as const).flatMap((key) => [
          {
            key: `${key}Covered`,
            label: formatMessage(
              summaryMessages,
              "cli.summary.count.covered",
              { label: LABELS[key][language] },
              language,
            ),
          },
          {
            key: `${key}Total`,
            label: formatMessage(
              summaryMessages,
              "cli.summary.count.total",
              { label: LABELS[key][language] },
              language,
            ),
          },
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
