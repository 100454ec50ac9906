import type { Benchmark } from "./_lib/Benchmark";
import { analyticsBench } from "./analyticsBench";
import { bundleBench } from "./bundleBench";
import { extractionBench } from "./extractionBench";
import { linearityBench } from "./linearityBench";
import { ocrBench } from "./ocrBench";
import { parquetBench } from "./parquetBench";
import { pdfBench } from "./pdfBench";
import { rollupBench } from "./rollupBench";
import { validateBench } from "./validateBench";

/**
 * Every benchmark `pnpm bench` runs, in order. To add one, write `scripts/bench/<name>Bench.ts` exporting a
 * {@link Benchmark} and list it here; `pnpm bench <id> …` runs only the ones named.
 */
export const benchmarks: readonly Benchmark[] = [
  validateBench,
  rollupBench,
  analyticsBench,
  extractionBench,
  linearityBench,
  parquetBench,
  pdfBench,
  ocrBench,
  bundleBench,
];
