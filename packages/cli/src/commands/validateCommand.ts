import { formatIssue, type IssueSeverity, type Language, type LocalizedText } from "@parcomms/core";
import { type ReadIssue, readPlanFilesAsync } from "@parcomms/ingest";
import type { Command } from "../_lib/Command";
import { formatIssueLine } from "../_lib/formatIssueLine";
import { collectInputs } from "../_lib/loadPlanFiles";
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

const HELP: LocalizedText = {
  vi: `Cách dùng: parcomms validate <tệp hoặc thư mục…> [--json] [--lang vi|en]

Kiểm tra kế hoạch: cấu trúc theo mô hình Plan và các quy tắc của danh mục
(core \`rules\`). Mỗi vấn đề có mã, mức độ (lỗi, cảnh báo, ghi chú), vị trí
(dòng của JSON Lines/CSV, JSON Pointer trong kế hoạch) và thông báo.

Tùy chọn:
  --json          in báo cáo dạng JSON (thông báo bằng cả tiếng Việt và tiếng Anh)
  --lang vi|en    ngôn ngữ thông báo (mặc định vi)
  -h, --help      hiện trợ giúp này

Mã thoát: 0 mọi tệp dùng được (có thể có cảnh báo), 1 có lỗi, 2 dòng lệnh sai.

Ví dụ:
  parcomms validate packages/sample-data/data/plans/003_c2f82bd70c212939.json
  parcomms validate packages/sample-data/data/real-plans.jsonl --json
  parcomms validate packages/sample-data/data/csv --lang en
`,
  en: `Usage: parcomms validate <files or folders…> [--json] [--lang vi|en]

Validates plans: their structure against the Plan model and the rules of the
catalogue (core \`rules\`). Each issue has a code, a severity (error, warning,
info), a place (line of JSON Lines/CSV, JSON Pointer in the plan) and a message.

Options:
  --json          print the report as JSON (messages in Vietnamese and English)
  --lang vi|en    language of the messages (default vi)
  -h, --help      show this help

Exit codes: 0 every file is usable (warnings allowed), 1 errors, 2 bad command line.

Examples:
  parcomms validate packages/sample-data/data/plans/003_c2f82bd70c212939.json
  parcomms validate packages/sample-data/data/real-plans.jsonl --json
  parcomms validate packages/sample-data/data/csv --lang en
`,
};

/**
 * `parcomms validate`: reads each file with `readPlanFilesAsync` (`validate: true`,
 * duplicates kept) and reports, per file, the reading issues and every issue
 * `validatePlan` finds in its plans, placed in the file.
 */
export const validateCommand: Command = {
  name: "validate",
  summary: { vi: "kiểm tra kế hoạch, báo lỗi và cảnh báo", en: "validate plans, report errors and warnings" },
  help: HELP,
  async run({ io, language, args }) {
    const { values, positionals } = parseCommandArgs(args, { json: { type: "boolean" } });
    if (values.help) {
      io.stdout.write(HELP[language]);
      return 0;
    }
    if (positionals.length === 0) throw noInputs();
    const collected = collectInputs(positionals, io.cwd);
    const read = await readPlanFilesAsync(collected.inputs, {
      validate: true,
      keepDuplicates: true,
      onProgress: progressBar(io.stderr, { vi: "tệp", en: "files" }, language),
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
    const verdict = file.usable
      ? { vi: "dùng được", en: "usable" }[language]
      : { vi: "KHÔNG dùng được", en: "NOT usable" }[language];
    const counts =
      language === "vi"
        ? `${file.plans.length} kế hoạch, ${e} lỗi, ${w} cảnh báo, ${n} ghi chú`
        : `${file.plans.length} plan(s), ${e} error(s), ${w} warning(s), ${n} info`;
    out += `${file.usable ? "✓" : "✗"} ${file.file}: ${verdict} (${counts})\n`;
    for (const issue of file.issues) out += `  ${formatIssueLine(issue, language)}`;
  }
  const bad = files.filter((f) => !f.usable).length;
  out +=
    language === "vi"
      ? `\n${files.length} tệp: ${files.length - bad} dùng được, ${bad} có lỗi.\n`
      : `\n${files.length} file(s): ${files.length - bad} usable, ${bad} with errors.\n`;
  return out;
}
