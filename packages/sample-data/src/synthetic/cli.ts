import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { parseArgs } from "node:util";
import type { Era } from "@parcomms/core";
import { progressLine } from "./_lib/progressLine";
import { generateNationalDataset } from "./generateNationalDataset";

/** Where {@link runGenerate} writes: its standard streams and whether stderr is a terminal. */
export interface GenerateIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  /** True when stderr is a terminal: progress is drawn as a bar in place. */
  readonly isTTY: boolean;
}

const USAGE = `Usage: parcomms generate --era <three-tier|two-tier> --seed <integer> --out <plans.jsonl> [options]

Generates a synthetic national dataset of plans for communicating administrative
reform, one plan per unit of the era, and writes it as JSON Lines (one plan a line).

Options:
  --era <era>            three-tier (2024 units) or two-tier (from July 2025)
  --seed <integer>       seed of the generator; the same options give the same file
  --out <file>           where to write the plans (JSON Lines)
  --size <size>          national (default) or small (two provinces)
  --defect-share <x>     share of plans with a planted defect, 0 to 1 (default 0.1)
  --year <year>          year of the plans (default 2024 three-tier, 2025 two-tier)
  --defects <file>       where to write the planted defects and the meta
                         (default: the plans file with .defects.json)
  --quiet                print nothing but errors
  --help                 show this help
`;

function defectsPathFor(out: string): string {
  return `${out.replace(/\.jsonl?$/i, "")}.defects.json`;
}

async function writeLines(path: string, lines: Iterable<string>): Promise<void> {
  const stream = createWriteStream(path, { encoding: "utf8" });
  const failed = once(stream, "error").then(([error]) => {
    throw error;
  });
  let chunk = "";
  for (const line of lines) {
    chunk += `${line}\n`;
    if (chunk.length >= 1 << 20) {
      if (!stream.write(chunk)) await Promise.race([once(stream, "drain"), failed]);
      chunk = "";
    }
  }
  stream.end(chunk);
  await Promise.race([once(stream, "finish"), failed]);
}

/**
 * Runs `parcomms generate` (tạo bộ dữ liệu giả lập): parses the arguments,
 * generates the dataset with {@link generateNationalDataset}, writes the
 * plans as JSON Lines and the planted defects with the meta as JSON, and
 * reports progress on stderr: a bar drawn in place on a terminal, a plain
 * percentage line every 10% otherwise, nothing with --quiet.
 *
 * @param argv - the arguments after the command name
 * @param io - the streams to write to; see {@link GenerateIo}
 * @returns the exit code: 0 done, 1 the files could not be written, 2 bad arguments
 * @example
 * await runGenerate(["--era", "two-tier", "--seed", "1", "--out", "plans.jsonl"], {
 *   stdout: process.stdout,
 *   stderr: process.stderr,
 *   isTTY: Boolean(process.stderr.isTTY),
 * }); // 0; writes plans.jsonl and plans.defects.json
 */
export async function runGenerate(argv: readonly string[], io: GenerateIo): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        era: { type: "string" },
        seed: { type: "string" },
        out: { type: "string" },
        size: { type: "string" },
        "defect-share": { type: "string" },
        year: { type: "string" },
        defects: { type: "string" },
        quiet: { type: "boolean" },
        help: { type: "boolean" },
      },
      strict: true,
    }));
  } catch (error) {
    io.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  const fail = (message: string) => {
    io.stderr.write(`parcomms generate: ${message}\n\n${USAGE}`);
    return 2;
  };
  const { era, seed, out, size } = values as Record<string, string | undefined>;
  if (era !== "three-tier" && era !== "two-tier") return fail("--era must be three-tier or two-tier");
  if (seed === undefined || !/^-?\d+$/.test(seed)) return fail("--seed must be an integer");
  if (!out) return fail("--out is required");
  if (size !== undefined && size !== "national" && size !== "small")
    return fail("--size must be national or small");
  const share = values["defect-share"] === undefined ? undefined : Number(values["defect-share"]);
  const year = values.year === undefined ? undefined : Number(values.year);
  const quiet = values.quiet === true;

  let shown = -1;
  let decile = -1;
  const onProgress = (done: number, total: number) => {
    if (quiet) return;
    const percent = total === 0 ? 100 : Math.floor((100 * done) / total);
    if (io.isTTY) {
      if (percent !== shown) io.stderr.write(`\r${progressLine(done, total)}`);
      if (done === total) io.stderr.write("\n");
      shown = percent;
    } else if (Math.floor(percent / 10) > decile) {
      decile = Math.floor(percent / 10);
      io.stderr.write(`generate: ${percent}% (${done}/${total} plans)\n`);
    }
  };

  const started = performance.now();
  let dataset: ReturnType<typeof generateNationalDataset>;
  try {
    dataset = generateNationalDataset({
      era: era as Era,
      seed: Number(seed),
      ...(size ? { size } : {}),
      ...(share === undefined ? {} : { defectShare: share }),
      ...(year === undefined ? {} : { year }),
      onProgress,
    });
  } catch (error) {
    if (error instanceof RangeError) return fail(error.message);
    throw error;
  }
  const defectsPath = typeof values.defects === "string" ? values.defects : defectsPathFor(out);
  try {
    await writeLines(
      out,
      (function* () {
        for (const plan of dataset.plans) yield JSON.stringify(plan);
      })(),
    );
    await writeLines(defectsPath, [
      JSON.stringify({ meta: dataset.meta, defects: dataset.defects }, null, 2),
    ]);
  } catch (error) {
    io.stderr.write(
      `parcomms generate: cannot write: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  }
  if (!quiet) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    io.stdout.write(
      `Wrote ${dataset.plans.length} synthetic plans (${dataset.defects.length} with a planted defect) to ${out} in ${seconds} s; defects and meta in ${defectsPath}.\n`,
    );
  }
  return 0;
}
