import { formatMessage, type Language, PLAN_SCHEMA_VERSION } from "@parcomms/core";
import packageJson from "../package.json" with { type: "json" };
import type { CliIo } from "./_lib/CliIo";
import type { Command } from "./_lib/Command";
import { cliText } from "./_lib/cliText";
import { formatIssueLine } from "./_lib/formatIssueLine";
import { commonMessages } from "./_lib/messages/commonMessages";
import { languageOf } from "./_lib/parseCommandArgs";
import { terminalIo } from "./_lib/terminalIo";
import { UsageError } from "./_lib/UsageError";
import { chartCommand } from "./commands/chartCommand";
import { compareCommand } from "./commands/compareCommand";
import { exportCommand } from "./commands/exportCommand";
import { extractCommand } from "./commands/extractCommand";
import { gapsCommand } from "./commands/gapsCommand";
import { generateCommand } from "./commands/generateCommand";
import { ingestCommand } from "./commands/ingestCommand";
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
  ingestCommand,
  sampleCommand,
  generateCommand,
];

function mainHelp(language: Language): string {
  const commands = COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary[language]}`).join("\n");
  return formatMessage(commonMessages, "cli.main.help", { version: packageJson.version, commands }, language);
}

function usageFailure(io: CliIo, command: string, error: UsageError, language: Language): number {
  const known = COMMANDS.some((c) => c.name === command);
  const prefix = known ? `parcomms ${command}` : "parcomms";
  const hint = formatMessage(commonMessages, "cli.main.see-help", { command: prefix }, language);
  io.stderr.write(
    formatIssueLine({ file: prefix, severity: "error", code: error.code, message: error.text }, language),
  );
  io.stderr.write(`${hint}\n`);
  return 2;
}

/**
 * Runs the `parcomms` command line (dòng lệnh) on the arguments and returns
 * its exit code: 0 success, 1 the data has errors (a file missing, not a plan,
 * a plan with errors), 2 a bad command line. Messages are Vietnamese unless
 * `--lang en` is given. User mistakes are reported with a stable code and
 * never as a stack trace; an unexpected failure prints one line and exits 1.
 * Everything printed goes through one sanitising writer (`terminalIo`):
 * control characters, escape sequences and bidirectional overrides in a
 * unit name, a title or a file name are shown as `\uXXXX` escapes, never
 * run by the terminal; JSON output stays valid and means the same data.
 * After `--`, every argument is a file name, `--lang=…` included.
 *
 * @param argv - the arguments after `parcomms`
 * @param io - stdout, stderr and the working folder
 * @returns the exit code
 * @example
 * await runCli(["summary", "packages/sample-data/data/plans"], { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() }) // 0
 */
export async function runCli(argv: readonly string[], processIo: CliIo): Promise<number> {
  const io = terminalIo(processIo);
  const detected = languageOf(argv);
  const language: Language = detected === "invalid" ? "vi" : detected;
  const [name, ...args] = argv;
  if (detected === "invalid") {
    return usageFailure(
      io,
      name ?? "",
      new UsageError("usage.bad-language", cliText(commonMessages, "cli.usage.bad-language", {})),
      language,
    );
  }
  if (name === "--version" || name === "-v") {
    const version = { version: packageJson.version, schema: PLAN_SCHEMA_VERSION };
    io.stdout.write(`${formatMessage(commonMessages, "cli.main.version", version, language)}\n`);
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
      new UsageError(
        "usage.unknown-command",
        cliText(commonMessages, "cli.usage.unknown-command", { name: JSON.stringify(name), commands: known }),
      ),
      language,
    );
  }
  try {
    return await command.run({ io, language, args });
  } catch (error) {
    if (error instanceof UsageError) return usageFailure(io, name, error, language);
    const reason = error instanceof Error ? error.message : String(error);
    const message = cliText(commonMessages, "cli.internal", { reason });
    io.stderr.write(
      formatIssueLine({ file: `parcomms ${name}`, severity: "error", code: "internal", message }, language),
    );
    return 1;
  }
}
