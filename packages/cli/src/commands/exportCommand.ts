import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { formatMessage, type Plan } from "@parcomms/core";
import { plansToJsonl, planTables, tablesToArrow, tablesToCsv, tablesToParquet } from "@parcomms/formats";
import type { Command } from "../_lib/Command";
import { cliText } from "../_lib/cliText";
import { exportMessages } from "../_lib/messages/exportMessages";
import { choiceOf, parseCommandArgs } from "../_lib/parseCommandArgs";
import { readInputPlans } from "../_lib/readInputPlans";
import { UsageError } from "../_lib/UsageError";
import { writeOutput } from "../_lib/writeOutput";

const FORMATS = ["csv", "arrow", "parquet", "jsonl"] as const;
const FORMULAS = ["neutralise", "keep"] as const;

function filesOf(
  plans: readonly Plan[],
  format: (typeof FORMATS)[number],
  formulas: (typeof FORMULAS)[number],
): Record<string, string | Uint8Array> {
  if (format === "jsonl") return { "plans.jsonl": plansToJsonl(plans) };
  const tables = planTables(plans);
  if (format === "parquet") return tablesToParquet(tables);
  return format === "csv" ? tablesToCsv(tables, { formulas }) : tablesToArrow(tables);
}

/**
 * `parcomms export`: the plans as sample-data's CSV or Arrow tables, or JSON
 * Lines, in a folder. CSV files are often opened in a spreadsheet, so a text
 * cell a spreadsheet would run as a formula gets a leading apostrophe unless
 * `--formulas keep` is given (reading the tables back removes it).
 */
export const exportCommand: Command = {
  name: "export",
  summary: cliText(exportMessages, "cli.export.summary", {}),
  help: cliText(exportMessages, "cli.export.help", {}),
  async run({ io, language, args }) {
    const { values, positionals } = parseCommandArgs(args, {
      format: { type: "string" },
      out: { type: "string" },
      formulas: { type: "string" },
    });
    if (values.help) {
      io.stdout.write(formatMessage(exportMessages, "cli.export.help", {}, language));
      return 0;
    }
    if (values.format === undefined || typeof values.out !== "string") {
      throw new UsageError("usage.missing-option", cliText(exportMessages, "cli.export.missing-option", {}));
    }
    const format = choiceOf(values, "format", FORMATS, "csv");
    const formulas = choiceOf(values, "formulas", FORMULAS, "neutralise");
    const out = values.out;
    const { plans, failed } = await readInputPlans(positionals, io, language);
    const files = filesOf(plans, format, formulas);
    const written = writeOutput(io, language, out, () => {
      mkdirSync(resolve(io.cwd, out), { recursive: true });
      for (const [name, content] of Object.entries(files)) writeFileSync(resolve(io.cwd, out, name), content);
    });
    if (!written) return 1;
    const names = Object.keys(files).map((name) => join(out, name));
    const done = { plans: plans.length, count: names.length, files: names.join(", ") };
    io.stdout.write(`${formatMessage(exportMessages, "cli.export.done", done, language)}\n`);
    return failed || plans.length === 0 ? 1 : 0;
  },
};
