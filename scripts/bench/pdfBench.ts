import { extractPlan } from "@parcomms/core/extract";
import { readPlanFilesAsync } from "@parcomms/ingest";
import { writePdf } from "@parcomms/ingest/testing";
import { SEED_FILES, seedText } from "@parcomms/sample-data";
import type { Benchmark, Measurement, Ratio } from "./_lib/Benchmark";

/** The five seed plans read from their PDFs in under 2 seconds in all: issue 13's goal. */
const GOAL_MS = 2000;

/**
 * The PDF text layer: the five seed plans written to PDF once (`writePdf` of `@parcomms/ingest/testing`,
 * not timed), then read with the real reader `readPlanFilesAsync` (pdf.js, lines and tables rebuilt by
 * position, then `extractPlan`): pages a second and the five plans' total time against the goal of 2 s;
 * beside it, the peer: `extractPlan` on the five .txt texts.
 */
export const pdfBench: Benchmark = {
  id: "pdf",
  title: "PDF text layer (the five seed plans: pdf.js reading, then extractPlan)",
  async run({ reps, measure, phase, log }) {
    log("  writing the five seed PDFs");
    const texts = SEED_FILES.map((file) => seedText(file));
    const inputs = await Promise.all(
      SEED_FILES.map(async (file, i) => ({
        name: file.replace(/\.txt$/, ".pdf"),
        bytes: await writePdf(texts[i] ?? ""),
      })),
    );
    const run = await measure("readPlanFilesAsync × 5 PDFs", reps.slow, () => readPlanFilesAsync(inputs));
    phase("pdf");
    const pages = run.result.plans.reduce((n, p) => n + (p.source.pages ?? 0), 0);
    const peer = await measure(
      "extractPlan × 5 .txt",
      reps.fast,
      () => texts.map((t, i) => extractPlan(t, { sourceName: SEED_FILES[i] })).length,
    );
    const measurements: Measurement[] = [
      {
        name: "readPlanFilesAsync, the five seed PDFs",
        timing: run.timing,
        items: { count: pages, unit: "pages" },
      },
      {
        name: "extractPlan, the five seed .txt (peer)",
        timing: peer.timing,
        items: { count: texts.length, unit: "plans" },
      },
    ];
    const ratios: Ratio[] = [
      {
        name: "five PDFs' time / 2 s",
        value: run.timing.medianMs / GOAL_MS,
        goal: "≤ 1×",
        met: run.timing.medianMs <= GOAL_MS,
      },
      {
        name: "PDF time / .txt time",
        value: run.timing.medianMs / peer.timing.medianMs,
        goal: "(for reading)",
        met: true,
      },
    ];
    const bytes = inputs.reduce((n, i) => n + i.bytes.length, 0);
    const notes = [
      `${inputs.length} PDFs, ${pages} pages, ${(bytes / 1024).toFixed(0)} KB in all (fonts embedded as subsets); ${run.result.plans.length} plans read`,
      `${((pages * 1000) / run.timing.medianMs).toFixed(1)} pages a second; ${(run.timing.medianMs / 1000).toFixed(2)} s for the five (median of ${run.timing.n} runs; goal < 2 s)`,
    ];
    return { id: this.id, title: this.title, measurements, ratios, notes };
  },
};
