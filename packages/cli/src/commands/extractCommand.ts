import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { formatMessage } from "@parcomms/core";
import type { PlanExtraction } from "@parcomms/core/extract";
import { makeReadIssue, type ReadIssue, type ReadPlan } from "@parcomms/ingest";
import type { Command } from "../_lib/Command";
import { cliText } from "../_lib/cliText";
import { describeDraft } from "../_lib/describeDraft";
import { describeKind } from "../_lib/describeKind";
import { formatIssueLine } from "../_lib/formatIssueLine";
import { kindLabel } from "../_lib/kindLabel";
import { loadPlanFiles } from "../_lib/loadPlanFiles";
import { draftMessages } from "../_lib/messages/draftMessages";
import { extractMessages } from "../_lib/messages/extractMessages";
import { noInputs, parseCommandArgs } from "../_lib/parseCommandArgs";
import { UsageError } from "../_lib/UsageError";
import { writeOutput } from "../_lib/writeOutput";

/** Reading issues that say what kind a text is: printed with the text, not on stderr. */
const KIND_ISSUES = new Set(["io.decision-with-plan", "io.about-plan", "io.about-plan-unnamed"]);

/** One text read: a draft plan (a plan, a decision's plan), or a text that is not a plan. */
interface ReadText {
  readonly file: string;
  readonly extraction: PlanExtraction;
  readonly plan?: ReadPlan;
}

/**
 * `parcomms extract`: documents (.txt, .docx, .doc, .odt, .rtf, .pdf, scans)
 * read with `readPlanFilesAsync`,
 * each printed for a person with its kind of document (or as
 * `{ file, documentKind, plan, decision, mentions, elements, issues }` with
 * --json): a plan's or a decision's draft plan, the decision cited; the plans
 * a text about a plan names; that another text keeps no plan (and its
 * `io.not-a-plan` error on stderr). With --out, the draft plans are written
 * as plan JSON and the texts that are not plans are named on stderr. Inputs
 * that are not texts are reported, not extracted.
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
    const texts: ReadText[] = [];
    const issues: ReadIssue[] = read.issues.filter((i) => i.code !== "io.duplicate-id-kept");
    for (const entry of read.plans) {
      if (entry.extraction)
        texts.push({ file: entry.source.file, extraction: entry.extraction, plan: entry });
      else issues.push(notText(entry));
    }
    for (const doc of read.documents) texts.push({ file: doc.source.file, extraction: doc.extraction });
    // In the order the files were given (a folder's files by name), whatever their kind.
    const order = (file: string) => read.files.indexOf(file);
    texts.sort((a, b) => order(a.file) - order(b.file));
    const shown = new Set(texts.map((d) => d.file));
    const shownWithText = (i: ReadIssue) =>
      shown.has(i.file) && (i.code.startsWith("extract.") || KIND_ISSUES.has(i.code));
    const failed = issues.filter((i) => !shownWithText(i));
    for (const issue of failed) io.stderr.write(formatIssueLine(issue, language));
    if (values.json) {
      const json = texts.map(({ file, extraction }) => ({ file, ...extraction }));
      io.stdout.write(`${JSON.stringify(json.length === 1 ? json[0] : json, null, 2)}\n`);
    } else {
      const maxWidth = io.stdout.isTTY && io.stdout.columns ? io.stdout.columns - 2 : undefined;
      texts.forEach(({ file, extraction, plan }, i) => {
        const heading = `${i === 0 ? "" : "\n"}== ${file} ==\n${describeKind(extraction, language)}`;
        if (extraction.documentKind === "other") {
          io.stdout.write(heading);
          return;
        }
        const mine = issues.filter((issue) => issue.file === file && shownWithText(issue));
        const list = mine.map((issue) => `  ${formatIssueLine(issue, language)}`).join("");
        const title = formatMessage(extractMessages, "cli.extract.issues", { count: mine.length }, language);
        const none = formatMessage(draftMessages, "cli.draft.none", {}, language);
        const draft = plan
          ? describeDraft(extraction, language, maxWidth === undefined ? {} : { maxWidth })
          : "";
        io.stdout.write(`${heading}${draft}\n${title}\n${list || `  ${none}\n`}`);
      });
    }
    const drafts = texts.flatMap((t) => (t.plan ? [t.plan] : []));
    if (out !== undefined) {
      for (const { file, extraction, plan } of texts) {
        if (plan) continue;
        const kind = kindLabel(extraction.documentKind, language);
        io.stderr.write(
          `${formatMessage(extractMessages, "cli.extract.not-written", { file, out, kind }, language)}\n`,
        );
      }
    }
    if (out !== undefined && drafts.length > 0) {
      const plans = drafts.map((d) => d.plan);
      const json = `${JSON.stringify(plans.length === 1 ? plans[0] : plans, null, 2)}\n`;
      if (!writeOutput(io, language, out, () => writeFileSync(resolve(io.cwd, out), json))) return 1;
    }
    return failed.some((i) => i.severity === "error") || texts.length === 0 ? 1 : 0;
  },
};

function notText(entry: ReadPlan): ReadIssue {
  const { file, format, line } = entry.source;
  return makeReadIssue("io.not-text", file, { format }, line === undefined ? {} : { line });
}
