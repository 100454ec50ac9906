import * as extract from "@parcomms/core/extract";
import { SEED_FILES, seedText } from "@parcomms/sample-data";
import { loadCorpus } from "../eval-extract/corpus/loadCorpus";
import { hardWrap } from "../eval-extract/damage/hardWrap";
import type { Benchmark, Measurement, Ratio } from "./_lib/Benchmark";

/** 100 plans of 20 KB a second: the brief's goal for `extractPlan`. */
const GOAL_PER_SECOND = 100;
/** 100 documents of the development corpus a second: issue 12's goal. */
const CORPUS_GOAL_PER_SECOND = 100;
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
 * the goal of 100; and on every document of the development corpus (tests/corpus/documents, as they are):
 * documents a second, against issue 12's goal of 100. Skipped with a note while the extractor is not
 * exported.
 */
export const extractionBench: Benchmark = {
  id: "extraction",
  title: "extractPlan throughput (100 texts of 20 KB; the development corpus)",
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
    const measurements: Measurement[] = [
      {
        name: "extractPlan, 100 texts of 20 KB",
        timing: run.timing,
        items: { count: texts.length, unit: "plans" },
      },
    ];
    const ratios: Ratio[] = [
      {
        name: "plans a second / 100",
        value: perSecond / GOAL_PER_SECOND,
        goal: "≥ 1×",
        met: perSecond >= GOAL_PER_SECOND,
      },
    ];
    const notes = [
      `${texts.length} texts, ${(totalBytes / 1024).toFixed(0)} KB in all (${(totalBytes / texts.length / 1024).toFixed(1)} KB each on average); half hard-wrapped`,
      `${perSecond.toFixed(0)} plans a second (median of ${run.timing.n} runs)`,
    ];

    const corpus = loadCorpus();
    const documents = corpus.documents.map((d) => ({ text: d.text, sourceName: `${d.id}.txt` }));
    if (corpus.problems.length > 0)
      notes.push(`corpus: ${corpus.problems.length} unreadable keys left out (pnpm eval:extract lists them)`);
    if (documents.length === 0) notes.push("corpus: no document in tests/corpus/documents: not measured");
    else {
      const corpusRun = await measure(
        `extractPlan × corpus (${documents.length})`,
        reps.fast,
        () => documents.map((d) => extractPlan(d.text, { sourceName: d.sourceName })).length,
      );
      phase("extraction, corpus");
      const corpusPerSecond = (documents.length * 1000) / corpusRun.timing.medianMs;
      const corpusBytes = documents.reduce((n, d) => n + Buffer.byteLength(d.text, "utf8"), 0);
      measurements.push({
        name: `extractPlan, the corpus's ${documents.length} documents`,
        timing: corpusRun.timing,
        items: { count: documents.length, unit: "documents" },
      });
      ratios.push({
        name: "corpus documents a second / 100",
        value: corpusPerSecond / CORPUS_GOAL_PER_SECOND,
        goal: "≥ 1×",
        met: corpusPerSecond >= CORPUS_GOAL_PER_SECOND,
      });
      notes.push(
        `corpus: ${documents.length} documents of tests/corpus/documents, ${(corpusBytes / 1024).toFixed(0)} KB in all (${(corpusBytes / documents.length / 1024).toFixed(1)} KB each on average)`,
        `corpus: ${corpusPerSecond.toFixed(0)} documents a second (median of ${corpusRun.timing.n} runs; goal ≥ ${CORPUS_GOAL_PER_SECOND})`,
      );
    }
    return { id: this.id, title: this.title, measurements, ratios, notes };
  },
};
