import { compareUnits } from "@parcomms/analytics";
import { formatMessage } from "@parcomms/core";
import { successorsOf } from "@parcomms/sample-data";
import type { Command } from "../_lib/Command";
import { cliText } from "../_lib/cliText";
import { compareMessages } from "../_lib/messages/compareMessages";
import { choiceOf, parseCommandArgs } from "../_lib/parseCommandArgs";
import { readInputPlans } from "../_lib/readInputPlans";
import type { TextTable } from "../_lib/TextTable";
import { TABLE_FORMATS, writeTable } from "../_lib/writeTable";

/** `parcomms compare`: `compareUnits` as a table, measures down, plans across. */
export const compareCommand: Command = {
  name: "compare",
  summary: cliText(compareMessages, "cli.compare.summary", {}),
  help: cliText(compareMessages, "cli.compare.help", {}),
  async run({ io, language, args }) {
    const { values, positionals } = parseCommandArgs(args, {
      format: { type: "string" },
      level: { type: "string" },
      differs: { type: "boolean" },
    });
    if (values.help) {
      io.stdout.write(formatMessage(compareMessages, "cli.compare.help", {}, language));
      return 0;
    }
    const format = choiceOf(values, "format", TABLE_FORMATS, "table");
    const level = choiceOf(values, "level", ["top", "leaf"] as const, "top");
    const { plans, failed } = await readInputPlans(positionals, io, language);
    const comparison = compareUnits(plans, { language, level, successors: successorsOf });
    const rows = values.differs ? comparison.rows.filter((r) => r.differs) : comparison.rows;
    const measure = formatMessage(compareMessages, "cli.compare.column.measure", {}, language);
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
      const say = (code: keyof typeof compareMessages) => formatMessage(compareMessages, code, {}, language);
      io.stdout.write(`\n${say("cli.compare.successors")}:\n`);
      for (const pair of comparison.pairs) {
        const share = say(`cli.compare.share.${pair.share}`);
        io.stdout.write(`  ${heading(pair.from)} → ${heading(pair.to)} (${share})\n`);
      }
    }
    return failed || plans.length === 0 ? 1 : 0;
  },
};
