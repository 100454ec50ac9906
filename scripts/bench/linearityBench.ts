import { parseLegalReferences } from "@parcomms/core";
import { extractPlan } from "@parcomms/core/extract";
import { SEED_FILES, seedText } from "@parcomms/sample-data";
import type { Benchmark, Measurement, Ratio, Timing } from "./_lib/Benchmark";
import { timingOf } from "./_lib/timingOf";

/** Doubling the input may at most multiply the time by this: linear gives 2, quadratic 4. */
const RATIO_GOAL = 2.5;

/** A pathological input grown by repeating one part: the text for `n` repeats, read by `run`. */
interface Family {
  readonly name: string;
  /** The smallest size measured; 2n and 4n follow. */
  readonly n: number;
  readonly unit: string;
  readonly text: (n: number) => string;
  readonly run: (text: string) => unknown;
}

const host = () => seedText(SEED_FILES[2] as string);
const CONTENT = "### **1. Nội dung thông tin, tuyên truyền**\n";

const gc = (globalThis as { gc?: () => void }).gc;

/**
 * CPU time (user and system, in ms) of `runs` calls of `run`, a GC before each: on the shared machine
 * wall-clock time carries other processes' time, which moved the ratios by more than their goal.
 */
function cpuTiming(runs: number, run: () => unknown): Timing {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    gc?.();
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    samples.push((used.user + used.system) / 1000);
  }
  return timingOf(samples);
}

/** Seed 002 with `lines` inserted under its content heading, so they go through every step of a plan's reading. */
function inContent(lines: string): string {
  const text = host();
  return text.replace(CONTENT, `${CONTENT}${lines}`);
}

const read = (text: string) => extractPlan(text, { sourceName: "linearity.txt" });

/**
 * The inputs issue 14 found growing faster than linearly: one lettered item repeated (its ids once grew
 * "c-a-bis-bis-…"), bullets, citation lines each with its own number, a run of digits given to
 * `parseLegalReferences`, and a whole plan repeated (nothing pathological, the control).
 */
const FAMILIES: readonly Family[] = [
  {
    name: '"a) Tuyên truyền" lines',
    n: 2000,
    unit: "lines",
    text: (n) => inContent("a) Tuyên truyền\n".repeat(n)),
    run: read,
  },
  {
    name: "bullet lines",
    n: 8000,
    unit: "lines",
    text: (n) => inContent("- Tuyên truyền về cải cách hành chính\n".repeat(n)),
    run: read,
  },
  {
    name: "citation lines",
    n: 1000,
    unit: "lines",
    text: (n) =>
      host().replace(
        /^Căn cứ/mu,
        `${Array.from({ length: n }, (_, i) => `Căn cứ Kế hoạch số ${i + 1}/KH-UBND ngày 01/02/2024 của UBND tỉnh về cải cách hành chính;\n`).join("")}Căn cứ`,
      ),
    run: read,
  },
  {
    name: "citations in one paragraph (parseLegalReferences)",
    n: 2000,
    unit: "citations",
    text: (n) =>
      "Kế hoạch số 12/KH-UBND ngày 01/02/2024 của UBND tỉnh về tuyên truyền cải cách hành chính; ".repeat(n),
    run: (text) => parseLegalReferences(text, { role: "cited", unnumbered: true }),
  },
  {
    name: "a run of digits (parseLegalReferences)",
    n: 160_000,
    unit: "digits",
    text: (n) => "1".repeat(n),
    run: (text) => parseLegalReferences(text),
  },
  {
    name: "a normal plan repeated",
    n: 8,
    unit: "copies of seed 002",
    text: (n) => host().repeat(n),
    run: read,
  },
];

/**
 * Extraction is linear: each family of pathological input at n, 2n and 4n, with the ratios t(2n)/t(n) and
 * t(4n)/t(2n) of the fastest runs in CPU time against a goal of ≤ 2.5 (linear time gives about 2, quadratic
 * 4). CPU time and the fastest of at least five runs, not wall-clock medians: on a shared machine those
 * carry other processes' time. A property of growth, not a timed test: the absolute times depend on the
 * machine, the ratios should not.
 */
export const linearityBench: Benchmark = {
  id: "linearity",
  title: "extraction is linear (pathological inputs at n, 2n, 4n)",
  async run({ reps, log, phase }) {
    const measurements: Measurement[] = [];
    const ratios: Ratio[] = [];
    const notes: string[] = [];
    for (const family of FAMILIES) {
      // A first run compiles the code the family reaches, so that n is not charged for the JIT.
      family.run(family.text(family.n));
      const fastest: number[] = [];
      for (const n of [family.n, 2 * family.n, 4 * family.n]) {
        const text = family.text(n);
        const name = `${family.name}, n = ${n.toLocaleString("en")}`;
        log(`  ${name}`);
        const timing = cpuTiming(Math.max(reps.slow, 5), () => family.run(text));
        fastest.push(timing.minMs);
        measurements.push({ name: `${name} (${(text.length / 1024).toFixed(0)} K chars)`, timing });
      }
      phase(`linearity: ${family.name}`);
      const [t1, t2, t4] = fastest as [number, number, number];
      for (const [label, value] of [
        ["t(2n)/t(n)", t2 / t1],
        ["t(4n)/t(2n)", t4 / t2],
      ] as const) {
        ratios.push({
          name: `${family.name}: ${label} (fastest runs)`,
          value,
          goal: `≤ ${RATIO_GOAL}×`,
          met: value <= RATIO_GOAL,
        });
      }
      notes.push(`${family.name}: n = ${family.n.toLocaleString("en")} ${family.unit}`);
    }
    notes.push(
      "times are CPU time (user + system) of at least 5 runs each, a GC before each; ratios of the fastest runs, after one warm-up run per family; on a busy machine a ratio can still move: rerun before reading a miss as a regression",
    );
    return { id: this.id, title: this.title, measurements, ratios, notes };
  },
};
