import type { Era, LocalizedText } from "@parcomms/core";
import type { Command } from "../_lib/Command";
import { choiceOf, parseCommandArgs } from "../_lib/parseCommandArgs";
import { runGenerate } from "../_lib/runGenerate";
import { UsageError } from "../_lib/UsageError";

const HELP: LocalizedText = {
  vi: `Cách dùng: parcomms generate --era <three-tier|two-tier> --seed <số nguyên> --out <kế-hoạch.jsonl> [tùy chọn] [--lang vi|en]

Tạo bộ dữ liệu giả lập toàn quốc: mỗi đơn vị hành chính của thời kỳ một kế hoạch
tuyên truyền cải cách hành chính, một số kế hoạch có lỗi cài sẵn, ghi ra JSON Lines
(mỗi dòng một kế hoạch). Cùng tùy chọn cho cùng một tệp.

Tùy chọn:
  --era <thời kỳ>        three-tier (đơn vị năm 2024) hoặc two-tier (từ 01/7/2025)
  --seed <số nguyên>     hạt giống của bộ sinh
  --out <tệp>            nơi ghi các kế hoạch (JSON Lines)
  --size <cỡ>            national (mặc định, cả nước) hoặc small (hai tỉnh)
  --defect-share <x>     tỉ lệ kế hoạch có lỗi cài sẵn, từ 0 đến 1 (mặc định 0.1)
  --year <năm>           năm của các kế hoạch (mặc định 2024 với three-tier, 2025 với two-tier)
  --defects <tệp>        nơi ghi các lỗi cài sẵn và thông tin bộ dữ liệu
                         (mặc định: tệp kế hoạch với đuôi .defects.json)
  --quiet                chỉ in lỗi
  --lang vi|en           ngôn ngữ thông báo (mặc định vi)
  -h, --help             hiện trợ giúp này

Mã thoát: 0 xong, 1 không ghi được tệp, 2 dòng lệnh sai.

Ví dụ:
  parcomms generate --era two-tier --seed 7 --size small --out syn.jsonl
  parcomms summary syn.jsonl --format csv > syn-summary.csv
`,
  en: `Usage: parcomms generate --era <three-tier|two-tier> --seed <integer> --out <plans.jsonl> [options] [--lang vi|en]

Generates a synthetic national dataset of plans for communicating administrative
reform, one plan per unit of the era, some with a planted defect, and writes it
as JSON Lines (one plan a line). The same options give the same file.

Options:
  --era <era>            three-tier (2024 units) or two-tier (from 1 July 2025)
  --seed <integer>       seed of the generator
  --out <file>           where to write the plans (JSON Lines)
  --size <size>          national (default) or small (two provinces)
  --defect-share <x>     share of plans with a planted defect, 0 to 1 (default 0.1)
  --year <year>          year of the plans (default 2024 three-tier, 2025 two-tier)
  --defects <file>       where to write the planted defects and the meta
                         (default: the plans file with .defects.json)
  --quiet                print nothing but errors
  --lang vi|en           language of messages (default vi)
  -h, --help             show this help

Exit codes: 0 done, 1 a file could not be written, 2 bad command line.

Examples:
  parcomms generate --era two-tier --seed 7 --size small --out syn.jsonl
  parcomms summary syn.jsonl --format csv > syn-summary.csv
`,
};

const ERAS = ["three-tier", "two-tier"] as const satisfies readonly Era[];
const SIZES = ["national", "small"] as const;

function badNumber(text: LocalizedText): UsageError {
  return new UsageError("usage.bad-number", text);
}

/** The year asked for, checked against the era (three tiers until 2025, two tiers from 2025). */
function yearOf(value: unknown, era: Era): number | undefined {
  if (value === undefined) return undefined;
  const year = Number(value);
  const got = String(value);
  if (!/^\d{4}$/.test(got) || year < 1945 || year > 2100) {
    throw badNumber({
      vi: `--year phải là một năm từ 1945 đến 2100 (nhận được ${got}).`,
      en: `--year must be a year from 1945 to 2100 (got ${got}).`,
    });
  }
  if (era === "three-tier" && year > 2025) {
    throw badNumber({
      vi: `Chính quyền ba cấp kết thúc năm 2025: --year không quá 2025 với three-tier (nhận được ${got}).`,
      en: `The three-tier era ended in 2025: --year is at most 2025 with three-tier (got ${got}).`,
    });
  }
  if (era === "two-tier" && year < 2025) {
    throw badNumber({
      vi: `Chính quyền hai cấp bắt đầu năm 2025: --year từ 2025 với two-tier (nhận được ${got}).`,
      en: `The two-tier era began in 2025: --year is 2025 or later with two-tier (got ${got}).`,
    });
  }
  return year;
}

/**
 * `parcomms generate`: the synthetic national dataset of sample-data
 * (`generateNationalDataset`) written as JSON Lines, with its planted defects.
 */
export const generateCommand: Command = {
  name: "generate",
  summary: { vi: "tạo bộ dữ liệu giả lập toàn quốc", en: "generate a synthetic national dataset" },
  help: HELP,
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
      io.stdout.write(HELP[language]);
      return 0;
    }
    if (positionals.length > 0) {
      throw new UsageError("usage.bad-option", {
        vi: `Lệnh generate không nhận tệp đầu vào (nhận được ${positionals.join(" ")}).`,
        en: `generate takes no input files (got ${positionals.join(" ")}).`,
      });
    }
    const missing = (["era", "seed", "out"] as const).filter((name) => typeof values[name] !== "string");
    if (missing.length > 0) {
      const names = missing.map((name) => `--${name}`).join(", ");
      throw new UsageError("usage.missing-option", {
        vi: `Cần ${names}.`,
        en: `${names} ${missing.length === 1 ? "is" : "are"} required.`,
      });
    }
    const era = choiceOf(values, "era", ERAS, "two-tier");
    const seedText = String(values.seed);
    const seed = Number(seedText);
    if (!/^-?\d+$/.test(seedText) || !Number.isSafeInteger(seed)) {
      throw badNumber({
        vi: `--seed phải là số nguyên (nhận được ${seedText}).`,
        en: `--seed must be an integer (got ${seedText}).`,
      });
    }
    const size = choiceOf(values, "size", SIZES, "national");
    const shareText = values["defect-share"];
    const defectShare = shareText === undefined ? undefined : Number(shareText);
    if (defectShare !== undefined && !(shareText !== "" && defectShare >= 0 && defectShare <= 1)) {
      throw badNumber({
        vi: `--defect-share phải là số từ 0 đến 1 (nhận được ${String(shareText)}).`,
        en: `--defect-share must be a number from 0 to 1 (got ${String(shareText)}).`,
      });
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
