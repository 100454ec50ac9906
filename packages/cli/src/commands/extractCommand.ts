import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { formatMessage } from "@parcomms/core";
import { makeReadIssue, type ReadIssue, type ReadPlan } from "@parcomms/ingest";
import type { Command } from "../_lib/Command";
import { cliText } from "../_lib/cliText";
import { describeDraft } from "../_lib/describeDraft";
import { formatIssueLine } from "../_lib/formatIssueLine";
import { loadPlanFiles } from "../_lib/loadPlanFiles";
import { draftMessages } from "../_lib/messages/draftMessages";
import { extractMessages } from "../_lib/messages/extractMessages";
import { noInputs, parseCommandArgs } from "../_lib/parseCommandArgs";
import { UsageError } from "../_lib/UsageError";
import { writeOutput } from "../_lib/writeOutput";

/**
 * `parcomms extract`: a plan's text (.txt, .docx) read with
 * `readPlanFilesAsync`, each draft printed for a person (or as
 * `{ file, plan, elements, issues }` with --json) and, with --out, written as
 * plan JSON. Inputs that are not a plan's text are reported, not extracted.
 */
export const extractCommand: Command = {
  name: "extract",
  summary: cliText(extractMessages, "cli.extract.summary", {}),
  help: cliText(extractMessages, "cli.extract.help", {}),
  async run({ io, language, args }) {
    const { values, positionals } = parseCommandArgs(args, {
      json: { type: "boolean" },
      out: { type: "string" },
    });
    if (values.help) {
      io.stdout.write(formatMessage(extractMessages, "cli.extract.help", {}, language));
      return 0;
    }
    if (positionals.length === 0) throw noInputs();
    const out = values.out;
    if (out !== undefined && (typeof out !== "string" || !/\.json$/i.test(out))) {
      throw new UsageError("usage.bad-out", cliText(extractMessages, "cli.extract.bad-out", {}));
    }
    const read = await loadPlanFiles(positionals, io, language, { keepDuplicates: true });
    const drafts: ReadPlan[] = [];
    const issues: ReadIssue[] = read.issues.filter((i) => i.code !== "io.duplicate-id-kept");
    for (const entry of read.plans) {
      if (entry.extraction) drafts.push(entry);
      else issues.push(notText(entry));
    }
    const drafted = new Set(drafts.map((d) => d.source.file));
    const shownWithDraft = (i: ReadIssue) => drafted.has(i.file) && i.code.startsWith("extract.");
    const failed = issues.filter((i) => !shownWithDraft(i));
    for (const issue of failed) io.stderr.write(formatIssueLine(issue, language));
    if (values.json) {
      const json = drafts.map(({ source, extraction }) => ({ file: source.file, ...extraction }));
      io.stdout.write(`${JSON.stringify(json.length === 1 ? json[0] : json, null, 2)}\n`);
    } else {
      const maxWidth = io.stdout.isTTY && io.stdout.columns ? io.stdout.columns - 2 : undefined;
      drafts.forEach(({ source, extraction }, i) => {
        if (!extraction) return;
        const mine = issues.filter((issue) => issue.file === source.file && shownWithDraft(issue));
        const heading = `== ${source.file} ==\n`;
        const list = mine.map((issue) => `  ${formatIssueLine(issue, language)}`).join("");
        const title = formatMessage(extractMessages, "cli.extract.issues", { count: mine.length }, language);
        const none = formatMessage(draftMessages, "cli.draft.none", {}, language);
        io.stdout.write(
          `${i === 0 ? "" : "\n"}${heading}${describeDraft(extraction, language, maxWidth === undefined ? {} : { maxWidth })}` +
            `\n${title}\n${list || `  ${none}\n`}`,
        );
      });
    }
    if (out !== undefined && drafts.length > 0) {
      const plans = drafts.map((d) => d.plan);
      const json = `${JSON.stringify(plans.length === 1 ? plans[0] : plans, null, 2)}\n`;
      if (!writeOutput(io, language, out, () => writeFileSync(resolve(io.cwd, out), json))) return 1;
    }
    return failed.some((i) => i.severity === "error") || drafts.length === 0 ? 1 : 0;
  },
};

function notText(entry: ReadPlan): ReadIssue {
  const { file, format, line } = entry.source;
  return makeReadIssue("io.not-text", file, { format }, line === undefined ? {} : { line });
}
