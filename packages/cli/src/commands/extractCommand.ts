import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { LocalizedText } from "@parcomms/core";
import { makeReadIssue, type ReadIssue, type ReadPlan } from "@parcomms/ingest";
import type { Command } from "../_lib/Command";
import { describeDraft } from "../_lib/describeDraft";
import { formatIssueLine } from "../_lib/formatIssueLine";
import { loadPlanFiles } from "../_lib/loadPlanFiles";
import { noInputs, parseCommandArgs } from "../_lib/parseCommandArgs";
import { UsageError } from "../_lib/UsageError";
import { writeOutput } from "../_lib/writeOutput";

const HELP: LocalizedText = {
  vi: `Cách dùng: parcomms extract <tệp…> [--json] [--out ban-nhap.json] [--lang vi|en]

Đọc văn bản kế hoạch (.txt UTF-8 hoặc UTF-16, .docx của Word; hoặc thư mục chứa
chúng) thành bản nháp kế hoạch: in các trường đầu văn bản, số mục mỗi phần, các
hoạt động với cơ quan chủ trì, thời gian, dòng và độ tin cậy, chủ đề, hình thức,
rồi các vấn đề gặp phải kèm số dòng. Số dòng của .docx đếm theo đoạn văn.

Tùy chọn:
  --json          in {file, plan, elements, issues} dạng JSON (một đối tượng;
                  một mảng khi có nhiều tệp); issues là vấn đề của extractPlan
  --out <tệp>     ghi bản nháp ra tệp JSON kế hoạch (một kế hoạch, hoặc một
                  mảng khi có nhiều tệp), đọc lại được bằng các lệnh khác
  --lang vi|en    ngôn ngữ (mặc định vi)
  -h, --help      hiện trợ giúp này

Mã thoát: 0 có bản nháp (kể cả khi có cảnh báo), 1 có tệp không đọc được hoặc
không phải kế hoạch, 2 dòng lệnh sai.

Ví dụ:
  parcomms extract packages/sample-data/seeds/002_9c9d59d1a9d0f229.txt
  parcomms extract ke-hoach.docx --out ke-hoach.json
  parcomms extract ke-hoach.docx --json > ban-nhap.json
  parcomms validate ke-hoach.json
`,
  en: `Usage: parcomms extract <files…> [--json] [--out draft.json] [--lang vi|en]

Reads a plan's text (.txt in UTF-8 or UTF-16, Word .docx; or folders holding
them) into a draft plan: prints the header fields, the number of items in each
section, the activities with their lead office, time, lines and confidence,
the themes and channels, then the issues met with their line numbers. Lines
of a .docx count its paragraphs.

Options:
  --json          print {file, plan, elements, issues} as JSON (one object; an
                  array for several files); issues are extractPlan's
  --out <file>    write the draft as a plan JSON file (one plan, or an array
                  for several files) that the other commands read
  --lang vi|en    language (default vi)
  -h, --help      show this help

Exit codes: 0 a draft was made (warnings allowed), 1 a file could not be read
or is not a plan, 2 bad command line.

Examples:
  parcomms extract packages/sample-data/seeds/002_9c9d59d1a9d0f229.txt
  parcomms extract plan.docx --out plan.json
  parcomms extract plan.docx --json > draft.json
  parcomms validate plan.json
`,
};

/**
 * `parcomms extract`: a plan's text (.txt, .docx) read with
 * `readPlanFilesAsync`, each draft printed for a person (or as
 * `{ file, plan, elements, issues }` with --json) and, with --out, written as
 * plan JSON. Inputs that are not a plan's text are reported, not extracted.
 */
export const extractCommand: Command = {
  name: "extract",
  summary: {
    vi: "đọc văn bản kế hoạch (.txt, .docx) thành bản nháp",
    en: "read a plan's text (.txt, .docx) into a draft",
  },
  help: HELP,
  async run({ io, language, args }) {
    const { values, positionals } = parseCommandArgs(args, {
      json: { type: "boolean" },
      out: { type: "string" },
    });
    if (values.help) {
      io.stdout.write(HELP[language]);
      return 0;
    }
    if (positionals.length === 0) throw noInputs();
    const out = values.out;
    if (out !== undefined && (typeof out !== "string" || !/\.json$/i.test(out))) {
      throw new UsageError("usage.bad-out", {
        vi: "--out phải là một tệp .json.",
        en: "--out must be a .json file.",
      });
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
        const title = { vi: "Vấn đề", en: "Issues" }[language];
        io.stdout.write(
          `${i === 0 ? "" : "\n"}${heading}${describeDraft(extraction, language, maxWidth === undefined ? {} : { maxWidth })}` +
            `\n${title} (${mine.length}):\n${list || `  ${{ vi: "(không có)", en: "(none)" }[language]}\n`}`,
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
