/**
 * `pnpm eval:extract`: runs `extractPlan` on the five seed texts, clean,
 * damaged and as PDFs read by the real reader, scores each extraction against the hand-encoded plans and prints
 * a table; then runs it on the development corpus (tests/corpus/documents:
 * clean, as a .docx and as a PDF read by the real readers, and damaged), scores each
 * document against its key per field and per document kind, and prints the
 * corpus tables. Flags: `--json` writes the full results of both to
 * `eval-results/extract.json`; `--verbose` lists every miss; `--check` exits
 * with 1 when a goal of either is missed, or a corpus key is unreadable
 * (otherwise the exit code is 0: it is a report); `--scans` adds the
 * variant `scan-300` and `--scans-200` the variant `scan-200` (the five
 * plans printed, stamped and scanned, read by OCR: minutes each).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { extractPlan } from "@parcomms/core/extract";
import { readPlanFilesAsync } from "@parcomms/ingest";
import { writePdf } from "@parcomms/ingest/testing";
import { realPlans } from "@parcomms/sample-data";
import { corpusGoals } from "./corpus/corpusGoals";
import { evaluateCorpus } from "./corpus/evaluateCorpus";
import { loadCorpus } from "./corpus/loadCorpus";
import { readDocxExtraction } from "./corpus/readDocxExtraction";
import { readPdfExtraction } from "./corpus/readPdfExtraction";
import { evaluateExtraction } from "./evaluateExtraction";
import { evaluateReadPlans } from "./evaluateReadPlans";
import { meetsGoal } from "./report/_lib/figure";
import { formatCorpusMisses } from "./report/formatCorpusMisses";
import { formatCorpusTable } from "./report/formatCorpusTable";
import { formatCorpusVariants } from "./report/formatCorpusVariants";
import { formatCounts } from "./report/formatCounts";
import { formatMisses } from "./report/formatMisses";
import { formatTable } from "./report/formatTable";
import { evaluateScans } from "./scan/evaluateScans";
import { MEASURES } from "./score/MEASURES";
import { prf } from "./score/Tally";

const args = new Set(process.argv.slice(2));
const unknown = [...args].filter(
  (a) => !["--json", "--verbose", "--check", "--scans", "--scans-200"].includes(a),
);
if (unknown.length > 0) {
  process.stderr.write(
    `Tham số không hợp lệ / unknown option: ${unknown.join(" ")}\nDùng / usage: pnpm eval:extract [--json] [--verbose] [--check] [--scans] [--scans-200]\n`,
  );
  process.exit(2);
}

const started = performance.now();
const textEvaluation = evaluateExtraction(extractPlan, { plans: realPlans, seed: 1 });
// the pdf variant: each seed written to a PDF (writePdf) and read back by the real reader
const pdfVariant = await evaluateReadPlans(
  "pdf",
  async (text, name) => {
    const { plans, issues } = await readPlanFilesAsync([{ name, bytes: await writePdf(text) }]);
    const read = plans[0];
    if (!read?.text) throw new Error(`no plan from the PDF reader (${issues.map((i) => i.code).join(", ")})`);
    return { plan: read.plan, text: read.text, issueCount: issues.length };
  },
  realPlans,
);
// --scans: the plans scanned (OCR takes minutes), scored beside the text variants.
const scans = [];
if (args.has("--scans")) scans.push(await evaluateScans(realPlans, "scan-300", 1));
if (args.has("--scans-200")) scans.push(await evaluateScans(realPlans, "scan-200", 1));
const evaluation = { ...textEvaluation, variants: [...textEvaluation.variants, pdfVariant, ...scans] };
const seconds = (performance.now() - started) / 1000;

const corpusStarted = performance.now();
const corpus = loadCorpus();
const corpusEvaluation = await evaluateCorpus(extractPlan, corpus.documents, {
  seed: 1,
  readDocx: readDocxExtraction,
  readPdf: readPdfExtraction,
});
const corpusSeconds = (performance.now() - corpusStarted) / 1000;

const out: string[] = [
  `Đánh giá trích xuất kế hoạch / Extraction evaluation — ${new Date().toISOString().slice(0, 10)}, ${realPlans.length} plans × ${evaluation.variants.length} variants, ${seconds.toFixed(1)} s`,
  "",
  formatTable(evaluation),
  "",
  "Clean text, counts / Văn bản sạch, số đếm:",
  "",
  formatCounts(evaluation),
];
const errors = evaluation.variants.flatMap((v) =>
  v.plans.filter((p) => p.error).map((p) => `${v.variant} ${p.plan}: ${p.error}`),
);
if (errors.length > 0) {
  out.push("", "Lỗi trình trích xuất / extractor errors:");
  for (const item of errors.map((e) => `  ${e}`)) out.push(item);
}
out.push(
  "",
  `Ngữ liệu phát triển / Development corpus (tests/corpus/documents) — ${corpus.documents.length} documents × ${corpusEvaluation.variants.length} variants, ${corpusSeconds.toFixed(1)} s. Clean text, per document kind (accuracy among the documents whose key states the field, right/stated):`,
  "",
  formatCorpusTable(corpusEvaluation),
  "",
  "Mục tiêu trên ngữ liệu theo biến thể / Corpus goals per variant (all kinds):",
  "",
  formatCorpusVariants(corpusEvaluation),
);
if (corpus.problems.length > 0) {
  out.push("", "Đáp án không đọc được / unreadable corpus keys:");
  for (const item of corpus.problems.map((p) => `  [${p.code}] ${p.message.vi} / ${p.message.en}`))
    out.push(item);
}
const corpusErrors = corpusEvaluation.variants.flatMap((v) =>
  v.documents.filter((d) => d.error !== undefined).map((d) => `${v.variant} ${d.id}: ${d.error}`),
);
if (corpusErrors.length > 0) {
  out.push("", "Lỗi khi trích xuất ngữ liệu / corpus extraction errors:");
  for (const item of corpusErrors.map((e) => `  ${e}`)) out.push(item);
}
if (args.has("--verbose")) out.push("", formatMisses(evaluation), "", formatCorpusMisses(corpusEvaluation));
process.stdout.write(`${out.join("\n")}\n`);

if (args.has("--json")) {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
  const file = join(root, "eval-results", "extract.json");
  mkdirSync(dirname(file), { recursive: true });
  const figures = evaluation.variants.map((v) => ({
    variant: v.variant,
    measures: Object.fromEntries(
      MEASURES.map((m) => [
        m.id,
        {
          ...v.totals[m.id],
          ...prf(v.totals[m.id]),
          goal: "goal" in m ? m.goal : null,
          met: meetsGoal(m, v.totals[m.id]) ?? null,
        },
      ]),
    ),
  }));
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        seed: evaluation.seed,
        figures,
        evaluation,
        corpus: {
          documents: corpus.documents.length,
          problems: corpus.problems,
          figures: corpusEvaluation.variants.map((v) => ({
            variant: v.variant,
            goals: corpusGoals(v.totals.all),
            totals: v.totals,
          })),
          evaluation: corpusEvaluation,
        },
      },
      null,
      2,
    )}\n`,
  );
  process.stdout.write(`Đã ghi / wrote ${file}\n`);
}

const missed = [
  ...evaluation.variants.flatMap((v) =>
    MEASURES.filter((m) => meetsGoal(m, v.totals[m.id]) === false).map((m) => `${v.variant}:${m.id}`),
  ),
  ...corpusEvaluation.variants.flatMap((v) =>
    corpusGoals(v.totals.all)
      .filter((g) => g.met === false)
      .map((g) => `corpus:${v.variant}:${g.id}`),
  ),
  ...corpus.problems.map((p) => `corpus-key:${p.file}`),
];
if (args.has("--check") && missed.length > 0) {
  process.stderr.write(`Chưa đạt mục tiêu / goals missed: ${missed.join(", ")}\n`);
  process.exit(1);
}
