import type { LocalizedText } from "@parcomms/core";
import { runGenerate } from "@parcomms/sample-data/cli";
import type { Command } from "../_lib/Command";

const NOTE: LocalizedText = {
  vi: "Tạo bộ dữ liệu giả lập toàn quốc (JSON Lines). Trợ giúp chi tiết (tiếng Anh) bên dưới.\n\n",
  en: "",
};

/**
 * `parcomms generate`: sample-data's `runGenerate` (synthetic national
 * dataset as JSON Lines), with its own options, help and exit codes.
 */
export const generateCommand: Command = {
  name: "generate",
  summary: { vi: "tạo bộ dữ liệu giả lập toàn quốc", en: "generate a synthetic national dataset" },
  help: {
    vi: "parcomms generate --era three-tier|two-tier --seed N --out <tệp.jsonl>",
    en: "parcomms generate --era three-tier|two-tier --seed N --out <file.jsonl>",
  },
  async run({ io, language, args }) {
    const rest = args.filter(
      (arg, i) => arg !== "--lang" && args[i - 1] !== "--lang" && !arg.startsWith("--lang="),
    );
    if (rest.includes("--help") || rest.includes("-h")) io.stdout.write(NOTE[language]);
    const help = rest.map((arg) => (arg === "-h" ? "--help" : arg));
    return runGenerate(help, {
      stdout: { write: (text: string) => io.stdout.write(text) },
      stderr: { write: (text: string) => io.stderr.write(text) },
      isTTY: io.stderr.isTTY === true,
    });
  },
};
