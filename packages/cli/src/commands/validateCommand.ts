import {
  formatIssue,
  formatMessage,
  type IssueSeverity,
  type Language,
  type LocalizedText,
  vocabulary,
} from "@parcomms/core";
import { type ReadIssue, readPlanFilesAsync } from "@parcomms/ingest";
import type { Command } from "../_lib/Command";
import { cliText } from "../_lib/cliText";
import { formatIssueLine } from "../_lib/formatIssueLine";
import { collectInputs } from "../_lib/loadPlanFiles";
import { lowerFirst } from "../_lib/lowerFirst";
import { validateMessages } from "../_lib/messages/validateMessages";
import { noInputs, parseCommandArgs } from "../_lib/parseCommandArgs";
import { progressBar } from "../_lib/progressBar";

/** One issue of the validate report, in a file: reading issues and `validatePlan` issues alike. */
interface FileIssue {
  readonly code: string;
  readonly severity: IssueSeverity;
  readonly file: string;
  readonly line?: number;
  readonly path?: string;
  readonly column?: string;
  readonly planId?: string;
  readonly message: LocalizedText;
}

/** The validate report of one file. */
interface FileReport {
  readonly file: string;
  /** True when the file gave at least one plan and no issue is an error. */
  readonly usable: boolean;
  readonly plans: string[];
  readonly issues: FileIssue[];
}

/**
 * `parcomms validate`: reads each file with `readPlanFilesAsync` (`validate: true`,
 * duplicates kept) and reports, per file, the reading issues and every issue
 * `validatePlan` finds in its plans, placed in the file.
 */
export const validateCommand: Command = {
  name: "validate",
  summary: cliText(validateMessages, "cli.validate.summary", {}),
  help: cliText(validateMessages, "cli.validate.help", {}),
  async run({ io, language, args }) {
    const { values, positionals } = parseCommandArgs(args, { json: { type: "boolean" } });
    if (values.help) {
      io.stdout.write(formatMessage(validateMessages, "cli.validate.help", {}, language));
      return 0;
    }
    if (positionals.length === 0) throw noInputs();
    const collected = collectInputs(positionals, io.cwd);
    const read = await readPlanFilesAsync(collected.inputs, {
      validate: true,
      keepDuplicates: true,
      onProgress: progressBar(io.stderr, lowerFirst(vocabulary.words.file.many), language),
    });
    const reports = new Map<string, { plans: string[]; issues: FileIssue[] }>();
    const reportOf = (file: string) => {
      let report = reports.get(file);
      if (!report) {
        report = { plans: [], issues: [] };
        reports.set(file, report);
      }
      return report;
    };
    // Table files are reported together, under their set's plans.csv / plans.arrow.
    for (const input of collected.inputs) if (!/\.(csv|arrow)$/i.test(input.name)) reportOf(input.name);
    const readIssues: ReadIssue[] = [...collected.issues, ...read.issues];
    for (const issue of readIssues) reportOf(issue.file).issues.push(issue);
    for (const { plan, source, validation = [] } of read.plans) {
      const report = reportOf(source.file);
      report.plans.push(plan.id);
      for (const issue of validation) {
        report.issues.push({
          code: issue.code,
          severity: issue.severity,
          file: source.file,
          ...(source.line === undefined ? {} : { line: source.line }),
          path: `${source.path ?? ""}${issue.path}`,
          planId: plan.id,
          message: { vi: formatIssue(issue, "vi"), en: formatIssue(issue, "en") },
        });
      }
    }
    const files: FileReport[] = [...reports].map(([file, r]) => ({
      file,
      usable: r.plans.length > 0 && !r.issues.some((i) => i.severity === "error"),
      plans: r.plans,
      issues: r.issues,
    }));
    const usable = files.every((f) => f.usable);
    if (values.json) io.stdout.write(`${JSON.stringify({ usable, files }, null, 2)}\n`);
    else io.stdout.write(textReport(files, language));
    return usable ? 0 : 1;
  },
};

function textReport(files: readonly FileReport[], language: Language): string {
  const count = (issues: readonly FileIssue[], severity: IssueSeverity) =>
    issues.filter((i) => i.severity === severity).length;
  let out = "";
  for (const file of files) {
    const [e, w, n] = [
      count(file.issues, "error"),
      count(file.issues, "warning"),
      count(file.issues, "info"),
    ];
    const verdict = formatMessage(
      validateMessages,
      file.usable ? "cli.validate.usable" : "cli.validate.not-usable",
      {},
      language,
    );
    const counts = formatMessage(
      validateMessages,
      "cli.validate.counts",
      { plans: file.plans.length, errors: e, warnings: w, infos: n },
      language,
    );
    out += `${file.usable ? "✓" : "✗"} ${file.file}: ${verdict} (${counts})\n`;
    for (const issue of file.issues) out += `  ${formatIssueLine(issue, language)}`;
  }
  const bad = files.filter((f) => !f.usable).length;
  const total = { files: files.length, usable: files.length - bad, bad };
  out += `\n${formatMessage(validateMessages, "cli.validate.total", total, language)}\n`;
  return out;
}
