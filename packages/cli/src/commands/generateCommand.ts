import { type Era, formatMessage } from "@parcomms/core";
import type { Command } from "../_lib/Command";
import { cliText } from "../_lib/cliText";
import { generateMessages } from "../_lib/messages/generateMessages";
import { choiceOf, parseCommandArgs } from "../_lib/parseCommandArgs";
import { runGenerate } from "../_lib/runGenerate";
import { UsageError } from "../_lib/UsageError";

const ERAS = ["three-tier", "two-tier"] as const satisfies readonly Era[];
const SIZES = ["national", "small"] as const;

type NumberProblem =
  | "cli.generate.bad-seed"
  | "cli.generate.bad-defect-share"
  | "cli.generate.bad-year"
  | "cli.generate.year-after-three-tier"
  | "cli.generate.year-before-two-tier";

function badNumber(code: NumberProblem, got: string): UsageError {
  return new UsageError("usage.bad-number", cliText(generateMessages, code, { got }));
}

/** The year asked for, checked against the era (three tiers until 2025, two tiers from 2025). */
function yearOf(value: unknown, era: Era): number | undefined {
  if (value === undefined) return undefined;
  const year = Number(value);
  const got = String(value);
  if (!/^\d{4}$/.test(got) || year < 1945 || year > 2100) {
    throw badNumber("cli.generate.bad-year", got);
  }
  if (era === "three-tier" && year > 2025) {
    throw badNumber("cli.generate.year-after-three-tier", got);
  }
  if (era === "two-tier" && year < 2025) {
    throw badNumber("cli.generate.year-before-two-tier", got);
  }
  return year;
}

/**
 * `parcomms generate`: the synthetic national dataset of sample-data
 * (`generateNationalDataset`) written as JSON Lines, with its planted defects.
 */
export const generateCommand: Command = {
  name: "generate",
  summary: cliText(generateMessages, "cli.generate.summary", {}),
  help: cliText(generateMessages, "cli.generate.help", {}),
  async run({ io, language, args }) {
    const { values, positionals } = parseCommandArgs(args, {
      era: { type: "string" },
      seed: { type: "string" },
      out: { type: "string" },
      size: { type: "string" },
      "defect-share": { type: "string" },
      year: { type: "string" },
      defects: { type: "string" },
      quiet: { type: "boolean" },
    });
    if (values.help) {
      io.stdout.write(formatMessage(generateMessages, "cli.generate.help", {}, language));
      return 0;
    }
    if (positionals.length > 0) {
      const got = positionals.join(" ");
      throw new UsageError("usage.bad-option", cliText(generateMessages, "cli.generate.no-inputs", { got }));
    }
    const missing = (["era", "seed", "out"] as const).filter((name) => typeof values[name] !== "string");
    if (missing.length > 0) {
      const names = missing.map((name) => `--${name}`).join(", ");
      const code =
        missing.length === 1 ? "cli.generate.missing-option.one" : "cli.generate.missing-option.many";
      throw new UsageError("usage.missing-option", cliText(generateMessages, code, { names }));
    }
    const era = choiceOf(values, "era", ERAS, "two-tier");
    const seedText = String(values.seed);
    const seed = Number(seedText);
    if (!/^-?\d+$/.test(seedText) || !Number.isSafeInteger(seed)) {
      throw badNumber("cli.generate.bad-seed", seedText);
    }
    const size = choiceOf(values, "size", SIZES, "national");
    const shareText = values["defect-share"];
    const defectShare = shareText === undefined ? undefined : Number(shareText);
    if (defectShare !== undefined && !(shareText !== "" && defectShare >= 0 && defectShare <= 1)) {
      throw badNumber("cli.generate.bad-defect-share", String(shareText));
    }
    const year = yearOf(values.year, era);
    return runGenerate(
      {
        era,
        seed,
        out: String(values.out),
        size,
        ...(defectShare === undefined ? {} : { defectShare }),
        ...(year === undefined ? {} : { year }),
        ...(typeof values.defects === "string" ? { defects: values.defects } : {}),
        quiet: values.quiet === true,
      },
      io,
      language,
    );
  },
};
