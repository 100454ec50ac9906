import type { SyntheticDataset } from "@parcomms/sample-data";

/** Min and median of repeated runs, in milliseconds. */
export interface Timing {
  readonly n: number;
  readonly minMs: number;
  readonly medianMs: number;
}

/** One measured line of a benchmark's table. */
export interface Measurement {
  readonly name: string;
  readonly timing: Timing;
  /** Items processed per run (plans, provinces), to show a rate. */
  readonly items?: { readonly count: number; readonly unit: string };
}

/** A figure compared with its goal. */
export interface Ratio {
  readonly name: string;
  readonly value: number;
  /** The goal in words ("≤ 2× ajv"). */
  readonly goal: string;
  readonly met: boolean;
}

/** What one benchmark reports. */
export interface BenchResult {
  readonly id: string;
  readonly title: string;
  readonly measurements: Measurement[];
  readonly ratios: Ratio[];
  /** Lines for the reader: what was run, checks passed, where time goes. */
  readonly notes: string[];
}

/** What the runner gives each benchmark. */
export interface BenchContext {
  /** The national three-tier synthetic dataset (about 10,800 plans), generated once. */
  readonly dataset: () => SyntheticDataset;
  /** Repetitions for a measurement: `slow` for the runs of several seconds. */
  readonly reps: { readonly fast: number; readonly slow: number };
  /**
   * Times `run` `n` times (a GC before each), samples the heap after each, and returns the timing and the
   * last result. `baseline`: the run is a comparison implementation, kept out of our peak heap.
   */
  readonly measure: <T>(
    name: string,
    n: number,
    run: () => T | Promise<T>,
    options?: { readonly baseline?: boolean },
  ) => Promise<{ timing: Timing; result: T }>;
  /** Records the heap at the end of a phase (`baseline` as for `measure`). */
  readonly phase: (name: string, options?: { readonly baseline?: boolean }) => void;
  /** A line on stderr, for progress. */
  readonly log: (line: string) => void;
}

/** A benchmark: one file in `scripts/bench/`, registered in `benchmarks.ts`. */
export interface Benchmark {
  /** Short id, used by `pnpm bench <id>` and in the JSON. */
  readonly id: string;
  readonly title: string;
  readonly run: (context: BenchContext) => Promise<BenchResult>;
}
