import { type ParseArgsConfig, parseArgs } from "node:util";
import type { Language } from "@parcomms/core";
import { cliText } from "./cliText";
import { commonMessages } from "./messages/commonMessages";
import { UsageError } from "./UsageError";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Options every command takes. */
const COMMON: Options = {
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
};

/**
 * The command's arguments parsed with `node:util` `parseArgs` (strict), its
 * own options and the common ones (--lang, --help). A mistake becomes a
 * UsageError (exit code 2) with a stable code.
 */
export function parseCommandArgs<const O extends Options>(
  args: readonly string[],
  options: O,
): { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { ...COMMON, ...options },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as Record<string, string | boolean | string[] | undefined>, positionals };
  } catch (error) {
    const code = (error as { code?: string }).code ?? "";
    const reason = error instanceof Error ? error.message : String(error);
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      throw new UsageError(
        "usage.unknown-option",
        cliText(commonMessages, "cli.usage.unknown-option", { reason }),
      );
    }
    throw new UsageError("usage.bad-option", cliText(commonMessages, "cli.usage.bad-option", { reason }));
  }
}

/**
 * The language asked for with --lang anywhere in the options (before parsing
 * them), else Vietnamese. Everything after `--` is a file name, never an
 * option, as `parseArgs` reads it: `validate -- --lang=en.json` is Vietnamese.
 *
 * @example
 * languageOf(["validate", "a.json", "--lang", "en"]) // "en"
 * languageOf(["validate", "--", "--lang=en.json"]) // "vi"
 */
export function languageOf(argv: readonly string[]): Language | "invalid" {
  let value: string | undefined;
  const end = argv.indexOf("--");
  const options = end < 0 ? argv : argv.slice(0, end);
  options.forEach((arg, i) => {
    if (arg === "--lang") value = options[i + 1];
    else if (arg.startsWith("--lang=")) value = arg.slice("--lang=".length);
  });
  if (value === undefined) return "vi";
  return value === "vi" || value === "en" ? value : "invalid";
}

/** One of the allowed values of a string option, its default when absent, else a UsageError. */
export function choiceOf<const T extends string>(
  values: Record<string, unknown>,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const value = values[name];
  if (value === undefined) return fallback;
  if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(
    "usage.bad-choice",
    cliText(commonMessages, "cli.usage.bad-choice", {
      option: name,
      allowed: allowed.join(", "),
      got: String(value),
    }),
  );
}

/** A UsageError for a command given no input file. */
export function noInputs(): UsageError {
  return new UsageError("usage.no-input", cliText(commonMessages, "cli.usage.no-input", {}));
}
