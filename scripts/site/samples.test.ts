// Runs every sample of the getting-started pages as a reader would: the
// TypeScript ones with tsx (workspace packages resolved to their source through
// the `@parcomms/source` condition), the shell ones with bash in a scratch
// folder with `parcomms` on PATH, the SQL ones with DuckDB in that folder. A
// page's samples run in order in one folder, so a later sample reads the files
// an earlier one wrote. The lines a sample marks with `→` must be its output.
// A block flagged `no-run` is not run; SAMPLES_NOT_RUN lists them all.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../generated/root";
import { extractSamples, type Sample } from "./extractSamples";

/** The getting-started pages, whose every sample runs. */
const PAGES = [
  "docs/start-developer.md",
  "docs/start-analyst.md",
  "docs/start-researcher.md",
  "docs/vi/start-analyst.md",
];

/**
 * The samples that must not run, by the first line of their code: they install
 * from the registry, serve until stopped, or need Python with pandas or R,
 * which the test machine lacks (the SQL samples run the same queries in DuckDB).
 */
const SAMPLES_NOT_RUN: Record<string, readonly string[]> = {
  "docs/start-developer.md": ["sh: pnpm install && pnpm build"],
  "docs/start-analyst.md": ["sh: npm i -g pnpm@10 && pnpm install && pnpm start"],
  "docs/start-researcher.md": [
    "python: import pandas as pd",
    "python: import pandas as pd",
    'r: plans <- arrow::read_parquet("parquet/plans.parquet")',
    'r: plans <- read.csv("csv/plans.csv", encoding = "UTF-8", na.strings = "")',
  ],
  "docs/vi/start-analyst.md": ["sh: npm i -g pnpm@10 && pnpm install && pnpm start"],
};

const RUNNABLE = new Set(["ts", "typescript", "sh", "bash", "sql"]);
const TSX = join(ROOT, "node_modules/.bin/tsx");
const scratch = mkdtempSync(join(tmpdir(), "parcomms-docs-samples-"));
const bin = join(scratch, "bin");
mkdirSync(bin);
writeFileSync(
  join(bin, "parcomms"),
  `#!/bin/sh\nexec "${TSX}" --conditions=@parcomms/source "${join(ROOT, "packages/cli/src/main.ts")}" "$@"\n`,
);
chmodSync(join(bin, "parcomms"), 0o755);
// TypeScript samples live inside the repository so that they resolve the workspace packages.
const tsFolder = join(ROOT, "test-artifacts/docs-samples");
mkdirSync(tsFolder, { recursive: true });

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function outputLines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
}

function sampleFile(page: string, sample: Sample): string {
  return join(tsFolder, `${page.replace(/[/.]/g, "_")}_${sample.line}.ts`);
}

function runTypeScript(page: string, sample: Sample, cwd: string): string {
  const file = sampleFile(page, sample);
  writeFileSync(file, sample.code);
  return execFileSync(TSX, ["--conditions=@parcomms/source", file], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
}

function runShell(sample: Sample, cwd: string): string {
  const run = spawnSync("bash", ["-euo", "pipefail", "-c", sample.code], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, NO_COLOR: "1" },
  });
  if (run.status !== 0) throw new Error(`exit ${run.status}\n${run.stdout}\n${run.stderr}`);
  return `${run.stdout}\n${run.stderr}`;
}

async function runSql(sample: Sample, cwd: string): Promise<string> {
  const db = await DuckDBInstance.create(":memory:");
  const connection = await db.connect();
  try {
    await connection.run(`set file_search_path = '${cwd.replace(/'/g, "''")}'`);
    const reader = await connection.runAndReadAll(sample.code);
    return reader
      .getRowsJS()
      .map((row) => row.map(String).join(" | "))
      .join("\n");
  } finally {
    connection.closeSync();
    db.closeSync();
  }
}

describe.each(PAGES)("the samples of %s", (page) => {
  const samples = extractSamples(readFileSync(join(ROOT, page), "utf8"));
  const folder = join(scratch, page.replace(/[/.]/g, "_"));
  mkdirSync(folder, { recursive: true });

  it("are all run but the few listed as not run", () => {
    const notRun = samples
      .filter((s) => s.flags.includes("no-run") || !RUNNABLE.has(s.lang))
      .map((s) => `${s.lang}: ${s.code.split("\n")[0]}`);
    expect(notRun).toEqual(SAMPLES_NOT_RUN[page]);
    for (const s of samples.filter((s) => !RUNNABLE.has(s.lang))) expect(s.flags).toContain("no-run");
    expect(samples.some((s) => RUNNABLE.has(s.lang) && !s.flags.includes("no-run"))).toBe(true);
  });

  const runnable = samples.filter((s) => RUNNABLE.has(s.lang) && !s.flags.includes("no-run"));
  it.each(runnable.map((s) => [`${s.lang} at line ${s.line}`, s] as const))(
    "%s gives the output it states",
    { timeout: 300_000 },
    async (_name, sample) => {
      const output =
        sample.lang === "sql"
          ? await runSql(sample, folder)
          : sample.lang === "ts" || sample.lang === "typescript"
            ? runTypeScript(page, sample, folder)
            : runShell(sample, folder);
      if (sample.lang === "ts" || sample.lang === "typescript" || sample.lang === "sql") {
        expect(outputLines(output)).toEqual(sample.expected);
      } else {
        // A shell sample states some lines of what the commands print, in order.
        let from = 0;
        for (const line of sample.expected) {
          const at = output.indexOf(line, from);
          expect(at, `"${line}" in:\n${output}`).toBeGreaterThanOrEqual(0);
          from = at + line.length;
        }
      }
    },
  );
});

it("the TypeScript samples type-check with the repository's strict settings", { timeout: 300_000 }, () => {
  const files = PAGES.flatMap((page) =>
    extractSamples(readFileSync(join(ROOT, page), "utf8"))
      .filter((s) => (s.lang === "ts" || s.lang === "typescript") && !s.flags.includes("no-run"))
      .map((s) => {
        writeFileSync(sampleFile(page, s), s.code);
        return sampleFile(page, s);
      }),
  );
  expect(files.length).toBe(4);
  writeFileSync(
    join(tsFolder, "tsconfig.json"),
    JSON.stringify({ extends: "../../tsconfig.base.json", compilerOptions: { noEmit: true }, files }),
  );
  const tsc = spawnSync(join(ROOT, "node_modules/.bin/tsc"), ["-p", join(tsFolder, "tsconfig.json")], {
    cwd: ROOT,
    encoding: "utf8",
  });
  expect(tsc.stdout + tsc.stderr).toBe("");
  expect(tsc.status).toBe(0);
});
