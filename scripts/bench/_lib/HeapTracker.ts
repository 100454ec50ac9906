import { getHeapStatistics } from "node:v8";

/** The heap at one point of the run, in bytes. */
export interface HeapSample {
  readonly phase: string;
  readonly heapUsed: number;
  readonly totalHeapSize: number;
  /** Taken while a baseline (arquero, DuckDB or their input tables) held its data. */
  readonly baseline: boolean;
}

/**
 * Samples `process.memoryUsage().heapUsed` and `v8.getHeapStatistics()` at the end of each phase and after
 * each timed repetition (before the next GC), and keeps the largest seen, overall and outside the
 * baselines' phases (their tables are not what our functions need).
 *
 * @example
 * const heap = new HeapTracker();
 * heap.sample("generate");
 * heap.peak.heapUsed // bytes
 */
export class HeapTracker {
  readonly phases: HeapSample[] = [];
  peak: HeapSample = { phase: "start", heapUsed: 0, totalHeapSize: 0, baseline: false };
  peakOutsideBaselines: HeapSample = this.peak;

  /** Takes a sample; `record` keeps it in `phases` (the end of a phase), else it only updates the peaks. */
  sample(phase: string, record = true, baseline = false): HeapSample {
    const s: HeapSample = {
      phase,
      heapUsed: process.memoryUsage().heapUsed,
      totalHeapSize: getHeapStatistics().total_heap_size,
      baseline,
    };
    if (record) this.phases.push(s);
    if (s.heapUsed > this.peak.heapUsed) this.peak = s;
    if (!baseline && s.heapUsed > this.peakOutsideBaselines.heapUsed) this.peakOutsideBaselines = s;
    return s;
  }
}
