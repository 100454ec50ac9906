import * as extract from "@parcomms/core/extract";
import { SEED_FILES, seedText } from "@parcomms/sample-data";
import { hardWrap } from "../eval-extract/damage/hardWrap";
import type { Benchmark } from "./_lib/Benchmark";

/** 100 plans of 20 KB a second: the brief's goal for `extractPlan`. */
const GOAL_PER_SECOND = 100;
const TEXTS = 100;
const TEXT_BYTES = 20 * 1024;

/**
 * 100 deterministic texts of about 20 KB (UTF-8): text `i` starts with seed `i mod 5` and goes on with the
 * other seeds in turn (a plan followed by annexes, as published bundles are), cut at the last line that
 * fits; every other text is hard-wrapped at 70–80 characters (seed `i`), as PDF extraction gives it.
 */
function benchTexts(): string[] {
  const seeds = SEED_FILES.map((f) => seedText(f));
  return Array.from({ length: TEXTS }, (_, i) => {
    const lines: string[] = [];
    let bytes = 0;
    for (let k = 0; bytes < TEXT_BYTES; k++) {
      for (const line of (seeds[(i + k) % seeds.length] ?? "").split("\n")) {
        const size = Buffer.byteLength(line, "utf8") + 1;
        if (bytes + size > TEXT_BYTES) {
          bytes = TEXT_BYTES;
          break;
        }
        lines.push(line);
        bytes += size;
      }
    }
    const text = lines.join("\n");
    return i % 2 === 1 ? hardWrap(text, { min: 70, max: 80, seed: i }) : text;
  });
}

type ExtractFunction = (text: string, options?: { sourceName?: string }) => unknown;

/**
 * Throughput of `extractPlan` from `@parcomms/core/extract` on 100 texts of 20 KB: plans a second, against
 * the goal of 100. Skipped with a note while the extractor is not exported.
 */
export const extractionBench: Benchmark = {
  id: "extraction",
  title: "extractPlan throughput (100 texts of 20 KB)",
  async run({ reps, measure, phase }) {
    const extractPlan = (extract as Record<string, unknown>).extractPlan as ExtractFunction | undefined;
    if (typeof extractPlan !== "function")
      return {
        id: this.id,
        title: this.title,
        measurements: [],
        ratios: [],
        notes: ["extractPlan is not exported by @parcomms/core/extract yet: not measured"],
      };
    const texts = benchTexts();
    const totalBytes = texts.reduce((n, t) => n + Buffer.byteLength(t, "utf8"), 0);
    const run = await measure(
      "extractPlan × 100",
      reps.fast,
      () => texts.map((t, i) => extractPlan(t, { sourceName: `bench-${i}.txt` })).length,
    );
    phase("extraction");
    const perSecond = (texts.length * 1000) / run.timing.medianMs;
    return {
      id: this.id,
      title: this.title,
      measurements: [
        {
          name: "extractPlan, 100 texts of 20 KB",
          timing: run.timing,
          items: { count: texts.length, unit: "plans" },
        },
      ],
      ratios: [
        {
          name: "plans a second / 100",
          value: perSecond / GOAL_PER_SECOND,
          goal: "≥ 1×",
          met: perSecond >= GOAL_PER_SECOND,
        },
      ],
      notes: [
        `${texts.length} texts, ${(totalBytes / 1024).toFixed(0)} KB in all (${(totalBytes / texts.length / 1024).toFixed(1)} KB each on average); half hard-wrapped`,
        `${perSecond.toFixed(0)} plans a second (median of ${run.timing.n} runs)`,
      ],
    };
  },
};
