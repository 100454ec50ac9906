/**
 * `pnpm bench [id…] [--small] [--fast N] [--slow N] [--out FILE]`: runs the benchmarks of `benchmarks.ts`
 * on the national three-tier synthetic dataset, prints Markdown tables on stdout (progress on stderr) and
 * writes the JSON report to `bench-results/latest.json`. Not a test: timings are never asserted.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { getHeapStatistics } from "node:v8";
import { generateNationalDataset, type SyntheticDataset } from "@parcomms/sample-data";
import { ROOT } from "../generated/root";
import type { BenchContext, BenchResult } from "./_lib/Benchmark";
import { type BenchReport, formatReport } from "./_lib/formatReport";
import { HeapTracker } from "./_lib/HeapTracker";
import { machineInfo } from "./_lib/machineInfo";
import { progressBar } from "./_lib/progressBar";
import { timingOf } from "./_lib/timingOf";
import { benchmarks } from "./benchmarks";

const PEAK_HEAP_GOAL = 500 * 2 ** 20;
const SEED = 1;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    small: { type: "boolean", default: false },
    fast: { type: "string", default: "5" },
    slow: { type: "string", default: "3" },
    out: { type: "string", default: "bench-results/latest.json" },
  },
});
const reps = { fast: Number(values.fast), slow: Number(values.slow) };
if (!(reps.fast >= 1 && reps.slow >= 1)) throw new RangeError("--fast and --slow need a count of 1 or more");
const unknown = positionals.filter((id) => !benchmarks.some((b) => b.id === id));
if (unknown.length > 0)
  throw new Error(
    `unknown benchmark ${unknown.join(", ")}; known: ${benchmarks.map((b) => b.id).join(", ")}`,
  );
const selected = positionals.length > 0 ? benchmarks.filter((b) => positionals.includes(b.id)) : benchmarks;

const log = (line: string) => process.stderr.write(`${line}\n`);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) log("warning: run with --expose-gc (pnpm bench does) for a GC before each repetition");
const heap = new HeapTracker();
const machine = machineInfo(ROOT);
heap.sample("start");

const size = values.small ? "small" : "national";
let data: SyntheticDataset | undefined;
let generateMs = 0;
const dataset = () => {
  if (!data) {
    const start = performance.now();
    data = generateNationalDataset({
      era: "three-tier",
      seed: SEED,
      size,
      onProgress: progressBar(`generating the ${size} three-tier dataset`),
    });
    generateMs = performance.now() - start;
    heap.sample("generate dataset");
  }
  return data;
};

const context: BenchContext = {
  dataset,
  reps,
  log,
  phase: (name, options) => {
    heap.sample(name, true, options?.baseline ?? false);
  },
  async measure(name, n, run, options) {
    const samples: number[] = [];
    let result: Awaited<ReturnType<typeof run>> | undefined;
    for (let i = 0; i < n; i++) {
      gc?.();
      process.stderr.write(`  ${name} ${i + 1}/${n}\r`);
      const start = performance.now();
      result = await run();
      samples.push(performance.now() - start);
      heap.sample(name, false, options?.baseline ?? false);
    }
    process.stderr.write(`  ${name}: done${" ".repeat(20)}\n`);
    return { timing: timingOf(samples), result: result as Awaited<ReturnType<typeof run>> };
  },
};

dataset();
const results: BenchResult[] = [];
for (const bench of selected) {
  log(`▶ ${bench.title}`);
  results.push(await bench.run(context));
}

const report: BenchReport = {
  date: new Date().toISOString(),
  dataset: { era: "three-tier", seed: SEED, size, plans: dataset().plans.length },
  generateMs,
  machine,
  results,
  memory: {
    phases: heap.phases,
    peakHeapUsed: heap.peak.heapUsed,
    peakPhase: heap.peak.phase,
    peakHeapUsedOutsideBaselines: heap.peakOutsideBaselines.heapUsed,
    peakPhaseOutsideBaselines: heap.peakOutsideBaselines.phase,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    heapLimitBytes: getHeapStatistics().heap_size_limit,
    goalMet: heap.peakOutsideBaselines.heapUsed < PEAK_HEAP_GOAL,
  },
};
process.stdout.write(formatReport(report));
const out = resolve(ROOT, values.out);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
log(`wrote ${out}`);
