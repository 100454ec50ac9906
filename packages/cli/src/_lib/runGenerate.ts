import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { resolve } from "node:path";
import { type Era, formatMessage, type Language, vocabulary } from "@parcomms/core";
import { generateNationalDataset } from "@parcomms/sample-data";
import type { CliIo } from "./CliIo";
import { cliText } from "./cliText";
import { formatIssueLine } from "./formatIssueLine";
import { lowerFirst } from "./lowerFirst";
import { commonMessages } from "./messages/commonMessages";
import { generateMessages } from "./messages/generateMessages";
import { progressLine } from "./progressLine";
import { writeControl } from "./terminalIo";

/** What `parcomms generate` was asked for, its options checked. */
export interface GenerateOptions {
  readonly era: Era;
  readonly seed: number;
  /** The plans file (JSON Lines), relative to `io.cwd`. */
  readonly out: string;
  readonly size?: "national" | "small";
  readonly defectShare?: number;
  readonly year?: number;
  /** The defects file; default: `out` with `.defects.json`. */
  readonly defects?: string;
  /** Print nothing but errors. */
  readonly quiet?: boolean;
}

const PLANS = lowerFirst(vocabulary.words.plan.many);

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
 * Runs `parcomms generate` (tạo bộ dữ liệu giả lập) on checked options:
 * generates the dataset with sample-data's `generateNationalDataset`, writes
 * the plans as JSON Lines and the planted defects with the meta as JSON, and
 * reports progress on stderr: a bar drawn in place on a terminal, a plain
 * percentage line every 10% otherwise, nothing with `quiet`. Messages are in
 * the chosen language; a file that cannot be written is `io.cannot-write`.
 *
 * @returns the exit code: 0 done, 1 the files could not be written
 * @example
 * await runGenerate({ era: "two-tier", seed: 1, out: "plans.jsonl" }, io, "en"); // 0; writes plans.jsonl and plans.defects.json
 */
export async function runGenerate(options: GenerateOptions, io: CliIo, language: Language): Promise<number> {
  const { era, seed, out, size, defectShare, year, quiet = false } = options;
  const unit = PLANS[language];
  let shown = -1;
  let decile = -1;
  const onProgress = (done: number, total: number) => {
    if (quiet) return;
    const percent = total === 0 ? 100 : Math.floor((100 * done) / total);
    if (io.stderr.isTTY) {
      if (percent !== shown) writeControl(io.stderr, "return", progressLine(done, total, unit));
      if (done === total) io.stderr.write("\n");
      shown = percent;
    } else if (Math.floor(percent / 10) > decile) {
      decile = Math.floor(percent / 10);
      io.stderr.write(`generate: ${percent}% (${done}/${total} ${unit})\n`);
    }
  };

  const started = performance.now();
  const dataset = generateNationalDataset({
    era,
    seed,
    ...(size ? { size } : {}),
    ...(defectShare === undefined ? {} : { defectShare }),
    ...(year === undefined ? {} : { year }),
    onProgress,
  });
  const defectsPath = options.defects ?? defectsPathFor(out);
  let writing = out;
  try {
    await writeLines(
      resolve(io.cwd, out),
      (function* () {
        for (const plan of dataset.plans) yield JSON.stringify(plan);
      })(),
    );
    writing = defectsPath;
    await writeLines(resolve(io.cwd, defectsPath), [
      JSON.stringify({ meta: dataset.meta, defects: dataset.defects }, null, 2),
    ]);
  } catch (error) {
    const reason = (error as { code?: string }).code ?? String(error);
    const message = cliText(commonMessages, "cli.io.cannot-write", { reason });
    io.stderr.write(
      formatIssueLine({ file: writing, severity: "error", code: "io.cannot-write", message }, language),
    );
    return 1;
  }
  if (!quiet) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const [plans, defects] = [dataset.plans.length, dataset.defects.length];
    const done = { plans, defects, out, seconds, defectsPath };
    io.stdout.write(`${formatMessage(generateMessages, "cli.generate.done", done, language)}\n`);
  }
  return 0;
}
