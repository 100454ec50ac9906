import { type Language, PLAN_SCHEMA_VERSION } from "@parcomms/core";
import packageJson from "../package.json" with { type: "json" };
import type { CliIo } from "./_lib/CliIo";
import type { Command } from "./_lib/Command";
import { languageOf } from "./_lib/parseCommandArgs";
import { UsageError } from "./_lib/UsageError";
import { chartCommand } from "./commands/chartCommand";
import { compareCommand } from "./commands/compareCommand";
import { exportCommand } from "./commands/exportCommand";
import { extractCommand } from "./commands/extractCommand";
import { gapsCommand } from "./commands/gapsCommand";
import { generateCommand } from "./commands/generateCommand";
import { sampleCommand } from "./commands/sampleCommand";
import { summaryCommand } from "./commands/summaryCommand";
import { validateCommand } from "./commands/validateCommand";

const COMMANDS: readonly Command[] = [
  validateCommand,
  summaryCommand,
  compareCommand,
  gapsCommand,
  chartCommand,
  exportCommand,
  extractCommand,
  sampleCommand,
  generateCommand,
];

function mainHelp(language: Language): string {
  const list = COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary[language]}`).join("\n");
  return language === "vi"
    ? `parcomms ${packageJson.version}: phân tích kế hoạch tuyên truyền cải cách hành chính (CCHC)

Cách dùng: parcomms <lệnh> [tùy chọn] [--lang vi|en]

Các lệnh:
${list}

Đầu vào: tệp JSON (một kế hoạch hoặc một mảng), JSON Lines (.jsonl), các bảng
CSV hoặc Arrow của ParComms (cả thư mục, hoặc từng tệp), văn bản kế hoạch
(.txt, .docx; đọc thành bản nháp), hoặc thư mục chứa chúng.

  parcomms <lệnh> --help   trợ giúp và ví dụ của một lệnh
  parcomms --version       phiên bản
  --lang en                thông báo bằng tiếng Anh (mặc định tiếng Việt)

Mã thoát: 0 thành công, 1 dữ liệu có lỗi, 2 dòng lệnh sai.
`
    : `parcomms ${packageJson.version}: analyse plans for communicating administrative reform (CCHC)

Usage: parcomms <command> [options] [--lang vi|en]

Commands:
${list}

Inputs: JSON files (one plan or an array), JSON Lines (.jsonl), the ParComms
CSV or Arrow tables (a whole folder, or the files), a plan's text (.txt, .docx;
read into a draft), or folders holding them.

  parcomms <command> --help   help and examples of a command
  parcomms --version          version
  --lang vi                   messages in Vietnamese (the default)

Exit codes: 0 success, 1 the data has errors, 2 bad command line.
`;
}

function usageFailure(io: CliIo, command: string, error: UsageError, language: Language): number {
  const label = { vi: "lỗi", en: "error" }[language];
  const known = COMMANDS.some((c) => c.name === command);
  const prefix = known ? `parcomms ${command}` : "parcomms";
  const hint = `${language === "vi" ? "Xem" : "See"}: ${prefix} --help`;
  io.stderr.write(`${prefix}: ${label} ${error.code}: ${error.text[language]}\n${hint}\n`);
  return 2;
}

/**
 * Runs the `parcomms` command line (dòng lệnh) on the arguments and returns
 * its exit code: 0 success, 1 the data has errors (a file missing, not a plan,
 * a plan with errors), 2 a bad command line. Messages are Vietnamese unless
 * `--lang en` is given. User mistakes are reported with a stable code and
 * never as a stack trace; an unexpected failure prints one line and exits 1.
 *
 * @param argv - the arguments after `parcomms`
 * @param io - stdout, stderr and the working folder
 * @returns the exit code
 * @example
 * await runCli(["summary", "packages/sample-data/data/plans"], { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() }) // 0
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const detected = languageOf(argv);
  const language: Language = detected === "invalid" ? "vi" : detected;
  const [name, ...args] = argv;
  if (detected === "invalid") {
    return usageFailure(
      io,
      name ?? "",
      new UsageError("usage.bad-language", {
        vi: "--lang phải là vi hoặc en.",
        en: "--lang must be vi or en.",
      }),
      language,
    );
  }
  if (name === "--version" || name === "-v") {
    io.stdout.write(`parcomms ${packageJson.version} (plan schema ${PLAN_SCHEMA_VERSION})\n`);
    return 0;
  }
  if (
    name === undefined ||
    name === "--help" ||
    name === "-h" ||
    name === "help" ||
    name.startsWith("--lang")
  ) {
    const wanted = name === "help" ? COMMANDS.find((c) => c.name === args[0]) : undefined;
    if (wanted) return wanted.run({ io, language, args: ["--help"] });
    io[name === undefined ? "stderr" : "stdout"].write(mainHelp(language));
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    const known = COMMANDS.map((c) => c.name).join(", ");
    return usageFailure(
      io,
      name,
      new UsageError("usage.unknown-command", {
        vi: `Không có lệnh ${JSON.stringify(name)}; các lệnh: ${known}.`,
        en: `No command ${JSON.stringify(name)}; the commands are: ${known}.`,
      }),
      language,
    );
  }
  try {
    return await command.run({ io, language, args });
  } catch (error) {
    if (error instanceof UsageError) return usageFailure(io, name, error, language);
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr.write(
      language === "vi"
        ? `parcomms ${name}: lỗi internal: Lỗi không mong đợi: ${reason}\n`
        : `parcomms ${name}: error internal: Unexpected failure: ${reason}\n`,
    );
    return 1;
  }
}
